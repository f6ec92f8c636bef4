package id.satuatap.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The engine as workflow/ProcessEngineProducer builds it: H2 file database with the service's URL settings,
 * history full without variable history, UUID ids, schema update, job executor on, engine and task metrics off, the service's pool of 20
 * connections, the id check before inserts without its eager message (workflow/LazyIdMessageEntityManagers; Camunda's
 * own with -Dbench.eager-id-messages=true); {@code beans} are what {@code ${beanName}} resolves to (CDI beans in the
 * service).
 */
final class BenchEngine {

    private BenchEngine() {
    }

    static ProcessEngine build(Path dir, Map<Object, Object> beans) {
        var cfg = Boolean.getBoolean("bench.eager-id-messages")
                ? new StandaloneProcessEngineConfiguration()
                : new StandaloneProcessEngineConfiguration() {
                    @Override
                    protected void initSessionFactories() {
                        super.initSessionFactories();
                        addSessionFactory(new LazyIdMessages(idGenerator));
                    }
                };
        cfg.setProcessEngineName("bench-" + UUID.randomUUID());
        cfg.setJdbcDriver("org.h2.Driver");
        cfg.setJdbcUrl("jdbc:h2:file:" + dir.resolve("satuatap")
                + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"
                // The service's settings by default; compare others with -jvmArgsAppend -Dbench.h2=";QUERY_CACHE_SIZE=8"
                + System.getProperty("bench.h2", ";QUERY_CACHE_SIZE=128"));
        cfg.setJdbcUsername("sa");
        cfg.setJdbcPassword("");
        cfg.setJdbcMaxActiveConnections(20);
        cfg.setJdbcMaxIdleConnections(20);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // The service's level by default; what history costs: -jvmArgsAppend -Dbench.history=audit (or activity)
        cfg.setHistory(System.getProperty("bench.history", ProcessEngineConfiguration.HISTORY_FULL));
        if (!Boolean.getBoolean("bench.variable-history")) {
            // As the service (workflow/HistoryWithoutVariables): no ACT_HI_VARINST / ACT_HI_DETAIL rows for variables
            cfg.setEnableDefaultDbHistoryEventHandler(false);
            cfg.setCustomHistoryEventHandlers(List.of(new DbHistoryEventHandler() {
                @Override
                public void handleEvent(HistoryEvent event) {
                    if (!(event instanceof HistoricVariableUpdateEventEntity)) {
                        super.handleEvent(event);
                    }
                }
            }));
        }
        cfg.setJobExecutorActivate(true);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setHistoryTimeToLive("P180D");
        cfg.setEnforceHistoryTimeToLive(true);
        cfg.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
        cfg.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
        cfg.setMetricsEnabled(false);
        cfg.setTaskMetricsEnabled(false);
        cfg.setBeans(beans);
        return cfg.buildProcessEngine();
    }

    private static final class LazyIdMessages extends DbEntityManagerFactory {
        LazyIdMessages(org.camunda.bpm.engine.impl.cfg.IdGenerator ids) {
            super(ids);
        }

        @Override
        public DbEntityManager openSession() {
            return new DbEntityManager(idGenerator, Context.getCommandContext().getSession(PersistenceSession.class)) {
                @Override
                protected void validateId(DbEntity entity) {
                    if (entity.getId() == null || Authorization.ANY.equals(entity.getId())) {
                        super.validateId(entity);
                    }
                }
            };
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
