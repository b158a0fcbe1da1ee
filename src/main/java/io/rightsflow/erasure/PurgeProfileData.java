package io.rightsflow.erasure;

import java.util.Comparator;
import java.util.List;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_PurgeProfileData: deletes one bounded batch of the profile's rows per job, and says
 * whether anything is left. The process loops until nothing is; a crash rolls back one batch
 * only, and the engine runs the job again.
 */
@Named
@ApplicationScoped
public class PurgeProfileData implements JavaDelegate {

    static final String COMPLETE = "purgeComplete";
    static final String COUNT_PREFIX = "purged_";

    @Inject
    Instance<ProfileData> owners;

    @Inject
    ErasureSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        String profileId = (String) execution.getVariable("profileId");
        int budget = settings.purgeBatchSize();
        for (ProfileData owner : ordered()) {
            int deleted = owner.purge(profileId, budget);
            String counter = COUNT_PREFIX + owner.kind();
            Number before = (Number) execution.getVariable(counter);
            execution.setVariable(counter, (before == null ? 0L : before.longValue()) + deleted);
            budget -= deleted;
            if (budget == 0) {
                break;
            }
        }
        // A batch that used its whole budget may have left rows behind: look again next round.
        execution.setVariable(COMPLETE, budget > 0);
    }

    private List<ProfileData> ordered() {
        return owners.stream().sorted(Comparator.comparingInt(ProfileData::order)).toList();
    }
}
