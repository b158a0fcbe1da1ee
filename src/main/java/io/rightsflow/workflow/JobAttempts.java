package io.rightsflow.workflow;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Whether the background step now running is on the last attempt of its job, i.e. whether the
 * engine raises an incident if it fails now. A step that has a better place than an incident for
 * a lasting failure (a desk task) throws a BPMN error on that attempt instead.
 */
@ApplicationScoped
public class JobAttempts {

    @Inject
    EngineSettings settings;

    public boolean isLast() {
        JobExecutorContext context = Context.getJobExecutorContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        if (job == null) {
            return false; // not run by the job executor: the failure goes back to whoever called
        }
        // The engine sets a job's retries from the retry cycle at its first failure (see
        // DefaultJobRetryCmd), so a job that never failed has the whole cycle still ahead.
        boolean failedBefore = job.getExceptionMessage() != null || job.getExceptionByteArrayId() != null;
        return (failedBefore ? job.getRetries() : cycleTimes()) <= 1;
    }

    /**
     * Runs {@code step}; when it fails with a {@code failure} on the job's last attempt, calls
     * {@code beforeGivingUp} and throws the BPMN error {@code errorCode} instead, so that the process
     * routes the lasting failure (to the desk) rather than raising an incident. Any other failure,
     * or an earlier attempt's, is left to the engine's retries.
     */
    public <E extends RuntimeException> void raiseWhenLast(String errorCode, Class<E> failure, Runnable step,
            Consumer<E> beforeGivingUp) {
        try {
            step.run();
        } catch (RuntimeException e) {
            if (!failure.isInstance(e) || !isLast()) {
                throw e;
            }
            beforeGivingUp.accept(failure.cast(e));
            throw new BpmnError(errorCode, e.getMessage());
        }
    }

    public <E extends RuntimeException> void raiseWhenLast(String errorCode, Class<E> failure, Runnable step) {
        raiseWhenLast(errorCode, failure, step, e -> {
        });
    }

    private int cycleTimes() {
        try {
            return new DurationHelper(settings.retryCycle()).getTimes();
        } catch (Exception e) {
            throw new IllegalStateException("rightsflow.jobs.retry-cycle is not an ISO-8601 repeating interval", e);
        }
    }
}
