package id.satuatap.workflow;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;

/**
 * Camunda's JTA configuration that builds its SQL session factory from mappings parsed ahead ({@link SqlMappings})
 * and opens entity managers that check ids without rendering every entity ({@link LazyIdMessageEntityManagers}).
 */
class EngineConfiguration extends JakartaTransactionProcessEngineConfiguration {

    private final Configuration parsedMappings;

    EngineConfiguration(Configuration parsedMappings) {
        this.parsedMappings = parsedMappings;
    }

    @Override
    protected void initSqlSessionFactory() {
        if (sqlSessionFactory == null && parsedMappings != null) {
            // What Camunda does after its own parse of the same file.
            parsedMappings.setEnvironment(new Environment("default", transactionFactory, dataSource));
            parsedMappings.setDefaultStatementTimeout(jdbcStatementTimeout);
            if (isJdbcBatchProcessing()) {
                parsedMappings.setDefaultExecutorType(ExecutorType.BATCH);
            }
            sqlSessionFactory = new DefaultSqlSessionFactory(parsedMappings);
        }
        super.initSqlSessionFactory();
    }

    @Override
    protected void initSessionFactories() {
        super.initSessionFactories();
        addSessionFactory(new LazyIdMessageEntityManagers(idGenerator));
    }
}
