package io.rightsflow.workflow;

import java.util.Optional;

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

    /**
     * Jobs fetched per acquisition, and queued for the workers. Every acquisition costs a query
     * over the due jobs, so a backlog drains faster when each fetches several per worker (issue
     * 23); a node still takes no more than it starts within a few seconds, and its peers take the rest.
     */
    @WithDefault("16")
    int maxJobsPerAcquisition();

    /** This node's name in the engine's job log (which node ran what); the host name when unset. */
    Optional<String> nodeName();

    /** Off only for a node that must serve HTTP without running background steps. */
    @WithDefault("true")
    boolean jobExecutorActive();
}
