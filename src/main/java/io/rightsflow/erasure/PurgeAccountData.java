package io.rightsflow.erasure;

import io.rightsflow.account.AccountData;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_PurgeAccountData: one bounded batch per job, as for a profile. Each profile's data goes,
 * then the profile row, then what the account keeps by itself; the account row goes last, after
 * the final mail. A crash rolls back one batch only, and the engine runs the job again.
 */
@Named
@ApplicationScoped
class PurgeAccountData implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    ProfilePurge profilePurge;

    @Inject
    Instance<AccountData> owners;

    @Inject
    ErasureSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        String accountId = (String) execution.getVariable("accountId");
        int budget = settings.purgeBatchSize();
        PurgeCounts counts = PurgeCounts.of(execution);
        for (ProfileRef profile : profiles.ofAccount(accountId)) {
            budget = profilePurge.batch(profile.id(), budget, counts::add);
            if (budget == 0) {
                break;
            }
            profiles.remove(profile.id());
            counts.add("profiles", 1);
        }
        for (AccountData owner : owners) {
            if (budget == 0) {
                break;
            }
            int deleted = owner.purge(accountId, budget);
            counts.add(owner.kind(), deleted);
            budget = Math.max(0, budget - deleted);
        }
        counts.save();
        // A batch that used its whole budget may have left rows behind: look again next round.
        execution.setVariable(PurgeProfileData.COMPLETE, budget > 0);
    }
}
