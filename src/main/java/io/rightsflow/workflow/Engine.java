package io.rightsflow.workflow;

import javax.sql.DataSource;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The embedded Camunda engine, built from Quarkus' own datasource and transaction manager so that
 * engine state and application tables commit together. Its services are CDI beans.
 */
@Startup
@Singleton
public class Engine {

    @Inject
    DataSource dataSource;

    @Inject
    TransactionManager transactionManager;

    @Inject
    EngineSettings settings;

    @Inject
    BpmnDeployment deployment;

    @ConfigProperty(name = "rightsflow.history.cleanup-window-start", defaultValue = "01:00")
    String cleanupWindowStart;

    @ConfigProperty(name = "rightsflow.history.cleanup-window-end", defaultValue = "05:00")
    String cleanupWindowEnd;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        RightsflowEngineConfiguration configuration = new RightsflowEngineConfiguration();
        configuration.setTransactionManager(transactionManager);
        configuration.setDataSource(dataSource);
        configuration.setProcessEngineName("rightsflow");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(new ArcBeans());
        configuration.setFailedJobRetryTimeCycle(settings.retryCycle());
        configuration.setJobExecutorDeploymentAware(false);
        // A cluster shares one database: due timers go first, ids need no shared block table
        // (StrongUuidGenerator), and any node may run any job (not deployment-aware).
        configuration.setJobExecutorPreferTimerJobs(true);
        configuration.setJobExecutorAcquireByDueDate(true);
        settings.nodeName().ifPresent(configuration::setHostname);
        configuration.setJobExecutor(new JobExecutor(settings));
        configuration.setJobExecutorActivate(settings.jobExecutorActive());
        configuration.setMetricsEnabled(false);
        // Every process sets its history time to live; the engine removes what is due in this
        // window each night (server time), so that the history does not grow for ever.
        configuration.setHistoryCleanupBatchWindowStartTime(cleanupWindowStart);
        configuration.setHistoryCleanupBatchWindowEndTime(cleanupWindowEnd);
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
        engine = configuration.buildProcessEngine();
        AcquisitionIndex.ensure(dataSource);
        deployment.deployAll(engine.getRepositoryService());
    }

    void stop(@Observes ShutdownEvent event) {
        if (engine != null) {
            engine.close();
        }
    }

    @Produces
    @ApplicationScoped
    ProcessEngine processEngine() {
        return engine;
    }

    @Produces
    @ApplicationScoped
    RuntimeService runtimeService() {
        return engine.getRuntimeService();
    }

    @Produces
    @ApplicationScoped
    TaskService taskService() {
        return engine.getTaskService();
    }

    @Produces
    @ApplicationScoped
    HistoryService historyService() {
        return engine.getHistoryService();
    }

    @Produces
    @ApplicationScoped
    ManagementService managementService() {
        return engine.getManagementService();
    }

    @Produces
    @ApplicationScoped
    RepositoryService repositoryService() {
        return engine.getRepositoryService();
    }
}
