package io.rightsflow.erasure;

import jakarta.enterprise.context.ApplicationScoped;
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
class PurgeProfileData implements JavaDelegate {

    static final String COMPLETE = "purgeComplete";

    @Inject
    ProfilePurge purge;

    @Inject
    ErasureSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        String profileId = (String) execution.getVariable("profileId");
        PurgeCounts counts = PurgeCounts.of(execution);
        int left = purge.batch(profileId, settings.purgeBatchSize(), counts::add);
        counts.save();
        // A batch that used its whole budget may have left rows behind: look again next round.
        execution.setVariable(COMPLETE, left > 0);
    }
}
