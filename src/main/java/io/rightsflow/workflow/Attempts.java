package io.rightsflow.workflow;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** What a background step may know of the job that runs it. */
public final class Attempts {

    private Attempts() {
    }

    /**
     * Whether a failure now would use up the job's retries and raise an incident: its retries are
     * down to the last one. Outside a job (a step run in a caller's transaction) nothing retries it.
     */
    public static boolean isLast() {
        JobExecutorContext context = Context.getJobExecutorContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        return job == null || job.getRetries() <= 1;
    }
}
