package id.satuatap.workflow;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.*;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Builds the one Camunda engine of this node on the Quarkus datasource and JTA transaction manager, so a
 * request's engine and Panache writes share one transaction.
 */
@ApplicationScoped
public class ProcessEngineProducer {

    private static final Logger LOG = Logger.getLogger(ProcessEngineProducer.class);

    @Inject AgroalDataSource dataSource;
    @Inject TransactionManager transactionManager;
    @Inject EngineConfig config;
    @Inject SqlMappings sqlMappings;
    @Inject ProcessTreeWatch processTreeWatch;

    private volatile ProcessEngine engine;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        engine();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (engine != null) {
            engine.close();
            LOG.info("Process engine closed");
        }
    }

    public synchronized ProcessEngine engine() {
        if (engine != null) {
            return engine;
        }
        long started = System.nanoTime();
        RememberingPropertyAccessor.install();
        var cfg = new EngineConfiguration(sqlMappings.take().orElse(null));
        sqlMappings.databaseType().ifPresent(cfg::setDatabaseType);
        cfg.setProcessEngineName("satu-atap");
        cfg.setDataSource(dataSource);
        cfg.setTransactionManager(transactionManager);
        cfg.setTransactionsExternallyManaged(true);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        cfg.setJobExecutorActivate(config.jobExecutorActive());
        cfg.setJobExecutor(jobExecutor());
        config.nodeName().ifPresent(cfg::setHostname);
        // Every node runs every job: a model deployed through one node (admin API) must not depend on that node.
        cfg.setJobExecutorDeploymentAware(false);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setBeans(new CdiBeans());
        // Lists of plain values (decision results kept as variables) as JSON, not Java serialization; with both
        // able to store a list, the default format decides.
        cfg.setCustomPreVariableSerializers(List.of(new JsonListSerializer()));
        cfg.setDefaultSerializationFormat(JsonListSerializer.FORMAT);
        cfg.setHistoryTimeToLive("P" + config.historyTimeToLiveDays() + "D");
        cfg.setEnforceHistoryTimeToLive(true);
        // Finished instances past their model's time-to-live are removed at night, so the database stays bounded.
        cfg.setHistoryCleanupBatchWindowStartTime(config.historyCleanupWindowStart());
        cfg.setHistoryCleanupBatchWindowEndTime(config.historyCleanupWindowEnd());
        // Retention counts from the end of the instance, computed when the cleanup runs. The default strategy
        // instead writes a removal time into every history row of an instance when it ends, one UPDATE per
        // history table and row (~50 ms inside H2 for a ten-task instance under load); running instances are kept either way.
        cfg.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
        cfg.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
        cfg.setHistoryEventProducer(new AssigneeKeepingHistoryProducer());
        cfg.setEnableDefaultDbHistoryEventHandler(false);
        cfg.setCustomHistoryEventHandlers(List.of(new HistoryWithoutVariables(), processTreeWatch));
        cfg.setMetricsEnabled(false);
        // Task metrics count distinct assignees for Camunda's licence reports: one more insert per claim into a
        // table nothing of ours reads and that only grows.
        cfg.setTaskMetricsEnabled(false);
        engine = QuarkusTransaction.requiringNew().call(cfg::buildProcessEngine);
        LOG.infof("Process engine built in %d ms", (System.nanoTime() - started) / 1_000_000);
        return engine;
    }

    /** Camunda's executor with this node's lock time and, if configured, its name as lock owner. */
    private DefaultJobExecutor jobExecutor() {
        var executor = new DefaultJobExecutor();
        executor.setLockTimeInMillis(Math.toIntExact(config.jobLockTime().toMillis()));
        config.nodeName().ifPresent(executor::setLockOwner);
        return executor;
    }

    @Produces @ApplicationScoped
    RuntimeService runtimeService() { return engine().getRuntimeService(); }

    @Produces @ApplicationScoped
    TaskService taskService() { return engine().getTaskService(); }

    @Produces @ApplicationScoped
    RepositoryService repositoryService() { return engine().getRepositoryService(); }

    @Produces @ApplicationScoped
    HistoryService historyService() { return engine().getHistoryService(); }

    @Produces @ApplicationScoped
    FormService formService() { return engine().getFormService(); }

    @Produces @ApplicationScoped
    ManagementService managementService() { return engine().getManagementService(); }

    @Produces @ApplicationScoped
    DecisionService decisionService() { return engine().getDecisionService(); }

    @Produces @ApplicationScoped
    IdentityService identityService() { return engine().getIdentityService(); }
}
