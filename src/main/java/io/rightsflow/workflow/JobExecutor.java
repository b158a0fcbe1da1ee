package io.rightsflow.workflow;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.ThreadPoolJobExecutor;

/**
 * The engine's job executor, running jobs with the application's class loader as context class
 * loader: Quarkus resolves configuration through it, and the engine would set its own instead.
 */
class JobExecutor extends ThreadPoolJobExecutor {

    private final ClassLoader applicationClassLoader = JobExecutor.class.getClassLoader();
    private final AtomicInteger threads = new AtomicInteger();
    private final int poolSize;
    private final int queueSize;

    JobExecutor(EngineSettings settings) {
        this.poolSize = settings.poolSize();
        // room for a whole acquisition: a job the queue refuses waits, locked, for the next round
        this.queueSize = Math.max(settings.poolSize(), settings.maxJobsPerAcquisition());
        setWaitTimeInMillis(settings.waitMillis());
        // The engine's default doubles an idle wait up to 60 s: a due timer would wait that long.
        setMaxWait(settings.maxWaitMillis());
        setLockTimeInMillis(settings.lockTimeMillis());
        setMaxJobsPerAcquisition(settings.maxJobsPerAcquisition());
    }

    @Override
    protected void startExecutingJobs() {
        if (threadPoolExecutor == null || threadPoolExecutor.isShutdown()) {
            threadPoolExecutor = new ThreadPoolExecutor(poolSize, poolSize, 0L, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(queueSize), threadFactory());
        }
        startJobAcquisitionThread();
    }

    /** The engine would switch each job to its own jar's class loader; keep the application's. */
    @Override
    public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl engine) {
        return new ExecuteJobsRunnable(jobIds, engine) {
            @Override
            protected ClassLoader switchClassLoader() {
                ClassLoader previous = Thread.currentThread().getContextClassLoader();
                Thread.currentThread().setContextClassLoader(applicationClassLoader);
                return previous;
            }
        };
    }

    private ThreadFactory threadFactory() {
        return runnable -> {
            Thread thread = new Thread(runnable, "rightsflow-job-" + threads.incrementAndGet());
            thread.setContextClassLoader(applicationClassLoader);
            thread.setDaemon(true);
            return thread;
        };
    }
}
