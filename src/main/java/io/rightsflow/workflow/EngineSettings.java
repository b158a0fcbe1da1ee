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

    /** Worker threads that run background steps on this node. */
    @WithDefault("4")
    int poolSize();

    /** Off only for a node that must serve HTTP without running background steps. */
    @WithDefault("true")
    boolean jobExecutorActive();
}
