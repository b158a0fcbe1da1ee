package io.rightsflow.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.rightsflow.support.FreshDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The drain's baseline (issue 23): the same engine, configured as the service configures it, on a
 * database of its own, running a process of the profile erasure's shape after its grace period
 * (the same gateways, the same call activity over no systems, the same two asynchronous steps)
 * whose delegates do nothing. What the service takes beyond this is the cost of its own work.
 */
final class BareEngineDrain {

    /** The service's job executor settings (workflow/EngineSettings' defaults), passed in by the benchmark. */
    record Settings(int poolSize, int maxJobsPerAcquisition, int waitMillis, long maxWaitMillis, int connections,
            String history) {
    }

    private BareEngineDrain() {
    }

    /** The baseline alone: {@code BareEngineDrain [instances [threads [jobs per acquisition]]]}. */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Settings settings = new Settings(args.length > 1 ? Integer.parseInt(args[1]) : 4,
                args.length > 2 ? Integer.parseInt(args[2]) : 16, 250, 1000, 30,
                args.length > 3 ? args[3] : ProcessEngineConfiguration.HISTORY_FULL);
        try (FreshDatabase database = FreshDatabase.create()) {
            System.out.printf("bare engine, %s: %,.0f instances/s%n", settings, drain(database, count, settings));
        }
    }

    /** Files {@code count} instances, lets their grace timers fall due, and drains them: instances completed per second. */
    static double drain(FreshDatabase database, int count, Settings settings) throws Exception {
        ProcessEngine seeding = engine(database, settings, false);
        try {
            seeding.getRepositoryService().createDeployment().addModelInstance("bare-system.bpmn", system())
                    .addModelInstance("bare-erasure.bpmn", erasure()).deploy();
            for (int i = 0; i < count; i++) {
                seeding.getRuntimeService().startProcessInstanceByKey("bareErasure", "bare-" + i,
                        Map.of("systems", List.of()));
            }
        } finally {
            seeding.close();
        }
        try (Connection connection = database.connect(); var statement = connection.createStatement()) {
            statement.executeUpdate("update act_ru_job set duedate_ = now() - interval '1 minute' where type_ = 'timer'");
        }
        long started = System.nanoTime();
        ProcessEngine draining = engine(database, settings, true);
        try {
            while (finished(database) < count) {
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long incidents = database.count("select count(*) from act_ru_incident");
            if (incidents > 0) {
                throw new IllegalStateException("the bare engine raised " + incidents + " incidents");
            }
            return count / seconds;
        } finally {
            draining.close();
        }
    }

    private static long finished(FreshDatabase database) throws SQLException {
        return database.count("select count(*) from act_hi_procinst where proc_def_key_ = 'bareErasure' and end_time_ is not null");
    }

    private static ProcessEngine engine(FreshDatabase database, Settings settings, boolean runJobs) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(database.url());
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername(database.user());
        configuration.setJdbcPassword("");
        configuration.setJdbcMaxActiveConnections(settings.connections());
        configuration.setProcessEngineName("bare-" + System.nanoTime());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(settings.history());
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorDeploymentAware(false);
        configuration.setJobExecutorPreferTimerJobs(true);
        configuration.setJobExecutorAcquireByDueDate(true);
        configuration.setMetricsEnabled(false);
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setCorePoolSize(settings.poolSize());
        executor.setMaxPoolSize(settings.poolSize());
        executor.setQueueSize(Math.max(settings.poolSize(), settings.maxJobsPerAcquisition()));
        executor.setMaxJobsPerAcquisition(settings.maxJobsPerAcquisition());
        executor.setWaitTimeInMillis(settings.waitMillis());
        executor.setMaxWait(settings.maxWaitMillis());
        configuration.setJobExecutor(executor);
        configuration.setJobExecutorActivate(runJobs);
        ProcessEngine engine = configuration.buildProcessEngine();
        // the index the service adds to the engine's schema (workflow/AcquisitionIndex); made by the
        // seeding engine, so there before the draining one acquires
        try (Connection connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute("create index if not exists rf_idx_job_acquisition on act_ru_job (type_ desc, duedate_)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return engine;
    }

    /** profile-erasure.bpmn from the end of the grace period on; its notice mail already sent. */
    static BpmnModelInstance erasure() {
        return Bpmn.createExecutableProcess("bareErasure").camundaHistoryTimeToLive(180)
                .startEvent("requested")
                .serviceTask("mark").camundaClass(Nothing.class)
                .subProcess("grace").embeddedSubProcess()
                    .startEvent("graceStarted")
                    .serviceTask("scheduledMail").camundaClass(Nothing.class)
                    .intermediateCatchEvent("graceExpired").timerWithDuration("P7D")
                    .endEvent("graceOver")
                .subProcessDone()
                .exclusiveGateway("checkHolds")
                .exclusiveGateway("underHold")
                .serviceTask("endOtherRequests").camundaClass(Nothing.class)
                .serviceTask("disconnectPartners").camundaClass(Nothing.class)
                .serviceTask("startNotices").camundaClass(Nothing.class)
                .serviceTask("findSystems").camundaClass(Nothing.class)
                .parallelGateway("fork")
                .exclusiveGateway("nextBatch")
                .serviceTask("purge").camundaAsyncBefore().camundaClass(Nothing.class)
                .exclusiveGateway("purged")
                .serviceTask("remove").camundaClass(Nothing.class)
                .parallelGateway("join")
                .serviceTask("completedMail").camundaAsyncBefore().camundaClass(Nothing.class)
                .endEvent("erased").camundaExecutionListenerClass(ExecutionListener.EVENTNAME_START, Closing.class)
                .moveToNode("fork")
                .callActivity("eraseInSystems").calledElement("bareSystem")
                    .multiInstance().parallel().camundaCollection("${systems}").camundaElementVariable("system")
                    .multiInstanceDone()
                .connectTo("join")
                .done();
    }

    private static BpmnModelInstance system() {
        return Bpmn.createExecutableProcess("bareSystem").camundaHistoryTimeToLive(180)
                .startEvent().serviceTask().camundaClass(Nothing.class).endEvent().done();
    }

    /** A step that does nothing. */
    public static final class Nothing implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // the baseline measures the engine alone
        }
    }

    /** Where the service closes the request: nothing here either. */
    public static final class Closing implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            // the baseline measures the engine alone
        }
    }
}
