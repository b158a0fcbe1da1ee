package io.rightsflow.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * What an operator watches: readiness fails when this node's job executor is meant to run and
 * does not, and {@code rightsflow_incidents_open} counts background steps that ran out of retries.
 */
@Readiness
@ApplicationScoped
class EngineHealth implements HealthCheck {

    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeService runtime;

    @Inject
    EngineSettings settings;

    void registerGauges(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("rightsflow.incidents.open", runtime, r -> r.createIncidentQuery().count())
                .description("Background steps that failed on every retry and wait for an operator")
                .register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        boolean executorRunning = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor().isActive();
        boolean ok = executorRunning || !settings.jobExecutorActive();
        return HealthCheckResponse.named("process-engine")
                .status(ok)
                .withData("jobExecutor", executorRunning ? "running" : "stopped")
                .withData("openIncidents", runtime.createIncidentQuery().count())
                .build();
    }
}
