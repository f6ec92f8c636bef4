package id.satuatap.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Settings of the embedded Camunda engine and of the model folder it deploys from. */
@ConfigMapping(prefix = "satuatap.engine")
public interface EngineConfig {

    /** Folder whose *.bpmn and *.dmn files are deployed at start-up. */
    @WithDefault("bpmn")
    String modelsDir();

    @WithDefault("true")
    boolean jobExecutorActive();

    /** Retention of finished instances when a model does not set its own (days). */
    @WithDefault("180")
    int historyTimeToLiveDays();

    /** Daily window (HH:mm, server time) in which history cleanup runs. */
    @WithDefault("01:00")
    String historyCleanupWindowStart();

    @WithDefault("05:00")
    String historyCleanupWindowEnd();

    /** How old the engine figures served at /q/metrics may be; each refresh costs four queries. */
    @WithDefault("5s")
    Duration metricsMaxAge();

    /** Packages whose classes a model may name in camunda:class. */
    @WithDefault("id.satuatap")
    List<String> delegatePackages();
}
