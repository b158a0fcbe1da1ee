package io.rightsflow.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The job executor of this node as the operator's page shows it: whether it runs, whether it is
 * meant to (the readiness check of {@link EngineHealth} fails when it should and does not), and the
 * background jobs waiting for it. Here because it reads the engine's internals, which only this
 * package may touch.
 */
@ApplicationScoped
public class JobExecutorStatus {

    @Inject
    ProcessEngine engine;

    @Inject
    ManagementService management;

    @Inject
    EngineSettings settings;

    /**
     * @param running    whether this node's job executor is acquiring and running jobs now
     * @param meantToRun false only on a node configured to serve HTTP without background steps
     * @param healthy    what readiness reports: running, or not meant to run
     * @param threads    the worker threads of this node
     * @param dueNow     jobs the executor may run now (retries left, due)
     * @param retrying   jobs that failed and wait for their next attempt
     * @param outOfRetries jobs that failed on every attempt: each is an open incident
     * @param timers     timers waiting for their due time
     * @param retryCycle how the engine retries a failing step (ISO-8601)
     */
    public record State(boolean running, boolean meantToRun, boolean healthy, int threads, long dueNow, long retrying,
            long outOfRetries, long timers, String retryCycle) {
    }

    public State now() {
        boolean running = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
                .isActive();
        boolean meantToRun = settings.jobExecutorActive();
        return new State(running, meantToRun, running || !meantToRun, settings.poolSize(),
                management.createJobQuery().executable().count(),
                management.createJobQuery().withException().withRetriesLeft().count(),
                management.createJobQuery().noRetriesLeft().count(),
                management.createJobQuery().timers().count(),
                settings.retryCycle());
    }
}
