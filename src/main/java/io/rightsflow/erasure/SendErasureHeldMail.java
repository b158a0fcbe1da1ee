package io.rightsflow.erasure;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.hold.HoldView;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_SendErasureHeldMail (both erasures): tells the person that part of the erasure is refused
 * while a legal hold stands, and why. The erasure passes here again each time it checks its holds;
 * the mail goes out the first time only (one key per step of the instance).
 */
@Named
@ApplicationScoped
class SendErasureHeldMail implements JavaDelegate {

    @Inject
    ErasureMails mails;

    @Inject
    ErasureHolds holds;

    @Inject
    Mails sender;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = mails.requestId(execution);
        List<HoldView> current = holds.of(execution);
        if (current.isEmpty()) {
            return; // the hold ended before the person was told of it: nothing to tell, the wait ends at once
        }
        ProfileRef profile = execution.getVariable("profileId") == null ? null : mails.profile(execution);
        String to = profile != null ? mails.addressOf(profile) : mails.account(execution).email();
        boolean sent = sender.sendOnce(MailSteps.key(execution), requestId, to, () -> new ErasureHeld(
                profile != null ? "your profile " + profile.name() : "your account", reasons(current),
                until(current), requestId));
        if (sent) {
            audit.record("ERASURE_HELD", AuditTrail.SYSTEM, requestId, profile == null ? null : profile.id(),
                    "holds=" + current.stream().map(HoldView::id).collect(Collectors.joining(",")));
        }
    }

    private static String reasons(List<HoldView> current) {
        return current.stream().map(HoldView::reason).distinct().map(r -> r.words() + " (" + r.article() + ")")
                .collect(Collectors.joining("; and "));
    }

    /** The end date, when every hold has one; empty when one holds until it is lifted. */
    private static String until(List<HoldView> current) {
        if (current.isEmpty() || current.stream().anyMatch(h -> h.until() == null)) {
            return "";
        }
        return MailSteps.date(current.stream().map(HoldView::until).max(Instant::compareTo).orElseThrow());
    }
}
