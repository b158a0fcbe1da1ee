package io.rightsflow.rectification;

import java.util.ArrayList;
import java.util.List;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import io.rightsflow.rectification.RectificationItem.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendRectifiedMail: what was corrected, moved or marked as contested, once. */
@Named
@ApplicationScoped
class SendRectifiedMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        Rectification rectification = Rectification.findById(requestId);
        ProfileRef profile = rectification == null ? null : profiles.find(rectification.profileId);
        if (profile == null) {
            return; // the profile was erased meanwhile, and its rectification with it
        }
        AccountRef account = accounts.find(profile.accountId());
        List<String> done = done(rectification);
        boolean partnersTold = rectification.items().stream().anyMatch(i -> i.measurementId != null
                && (i.outcome == Outcome.CORRECTED || i.outcome == Outcome.MOVED));
        mails.sendOnce(MailSteps.key(execution), requestId, account.email(),
                () -> new RectificationDone(profile.name(), done, partnersTold));
    }

    private List<String> done(Rectification rectification) {
        List<String> done = new ArrayList<>();
        List<RectificationItem> items = rectification.items();
        long moved = items.stream().filter(i -> i.outcome == Outcome.MOVED).count();
        long contested = items.stream().filter(i -> i.outcome == Outcome.CONTESTED).count();
        long gone = items.stream().filter(i -> i.outcome == Outcome.GONE).count();
        for (RectificationItem item : items) {
            if (item.outcome == Outcome.CORRECTED && item.field != null) {
                done.add("The profile's name is now \"" + item.askedValue + "\" (it was \"" + item.oldValue + "\").");
            } else if (item.outcome == Outcome.CORRECTED) {
                done.add("Reading " + item.measurementId + " now reads " + item.askedValue + " " + item.askedUnit
                        + " (it read " + item.oldValue + ").");
            } else if (item.outcome == Outcome.CONFIRMATION_ASKED) {
                done.add("A link to confirm the account's new address has gone to " + item.askedValue
                        + "; until it is confirmed, you log in with the current address, which is told.");
            }
        }
        if (moved > 0) {
            ProfileRef target = profiles.find(rectification.moveToProfileId);
            done.add(moved + " reading(s) moved to the profile \"" + (target == null ? "?" : target.name()) + "\".");
        }
        if (contested > 0) {
            done.add(contested + " reading(s) are marked as contested, with your statement; as device data, "
                    + "their values stay as they were measured.");
        }
        if (gone > 0) {
            done.add(gone + " reading(s) had been deleted or moved meanwhile and were left as they are.");
        }
        if (Rectification.CONTEST.equals(rectification.decision) && items.stream().noneMatch(RectificationItem::isReading)) {
            done.add("Your statement is kept with the profile's data as your supplementary statement, and is part of "
                    + "any copy of your data.");
        }
        long notActed = items.stream().filter(i -> i.outcome == null).count();
        if (notActed > 0) {
            // one decision per request: what it did not cover is said, not passed over (Art. 12(4))
            done.add(notActed + " other thing(s) you asked for were not part of this decision; ask again for them if "
                    + "they still need correcting.");
        }
        return done;
    }
}
