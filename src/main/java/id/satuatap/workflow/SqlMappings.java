package id.satuatap.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Camunda's SQL mapping files, parsed on a thread of their own as soon as the CDI container is up. The parse is
 * the largest single part of start-up (about 45 % of the main thread's samples) and needs no database, so it
 * overlaps Hibernate's boot instead of following it. The engine builds from the result; without one it parses
 * them itself, as Camunda always does.
 */
@ApplicationScoped
public class SqlMappings {

    private static final Logger LOG = Logger.getLogger(SqlMappings.class);

    private volatile CompletableFuture<Configuration> parsing;
    private volatile String databaseType;

    void startEarly(@Observes @Initialized(ApplicationScoped.class) Object containerStarted) {
        databaseType = engineDatabaseType(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.db-kind", String.class).orElse(""));
        if (databaseType == null) {
            return;
        }
        String type = databaseType;
        parsing = new CompletableFuture<>();
        Thread parser = new Thread(() -> {
            try {
                parsing.complete(parse(type));
            } catch (RuntimeException | java.io.IOException | Error e) {
                parsing.completeExceptionally(e);
            }
        }, "engine-sql-mappings");
        parser.setDaemon(true);
        parser.start();
    }

    /** Camunda's name of the database the mappings were parsed for; the engine must use the same. */
    Optional<String> databaseType() {
        return Optional.ofNullable(databaseType);
    }

    /** The parsed mappings, once: the engine's configuration takes ownership of the object. */
    Optional<Configuration> take() {
        if (parsing == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parsing.join());
        } catch (RuntimeException e) {
            LOG.warnf("Early parse of the engine's SQL mappings failed (%s); the engine parses them itself",
                    e.getClass().getSimpleName());
            return Optional.empty();
        } finally {
            parsing = null;
        }
    }

    private static Configuration parse(String databaseType) throws java.io.IOException {
        try (InputStream in = ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE)) {
            Properties properties = new Properties();
            properties.put("prefix", "");
            ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, "", databaseType);
            return withoutFragments(new XMLConfigBuilder(new InputStreamReader(in, StandardCharsets.UTF_8), "",
                    properties).parse());
        }
    }

    /**
     * MyBatis keeps each {@code <sql>} fragment as a DOM node, which holds on to the whole parsed document of its
     * mapping file for the life of the engine (~300,000 DOM objects, ~20 MB of live heap). Fragments are only read while statements are
     * built, so once all are built they go; if any were left incomplete they stay for the lazy build.
     */
    private static Configuration withoutFragments(Configuration configuration) {
        configuration.getMappedStatementNames(); // builds every statement still waiting for a fragment
        if (configuration.getIncompleteStatements().isEmpty()) {
            configuration.getSqlFragments().clear();
        }
        return configuration;
    }

    /** Quarkus' db-kind to Camunda's database type; others are left to Camunda's own detection. */
    private static String engineDatabaseType(String dbKind) {
        return switch (dbKind) {
            case "h2" -> "h2";
            case "postgresql" -> "postgres";
            default -> null;
        };
    }
}
