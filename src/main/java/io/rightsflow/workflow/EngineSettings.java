package io.rightsflow.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "rightsflow.jobs")
public interface EngineSettings {

    /** ISO-8601 repeating interval for a failing background step, e.g. {@code R12/PT5M}. */
    @WithDefault("R12/PT5M")
    String retryCycle();

    @WithDefault("250")
    int waitMillis();

    @WithDefault("1000")
    long maxWaitMillis();

    /**
     * How long a node owns a job it started. Longer than the transaction timeout (a job cannot
     * outlive its transaction), so a job is never run twice at once; after a crash another node
     * or the restarted one takes it over once this has passed.
     */
    @WithDefault("150000")
    int lockTimeMillis();

    /** Worker threads that run background steps on this node. */
    @WithDefault("4")
    int poolSize();

    /** Off only for a node that must serve HTTP without running background steps. */
    @WithDefault("true")
    boolean jobExecutorActive();
}
