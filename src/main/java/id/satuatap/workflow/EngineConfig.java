package id.satuatap.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the embedded Camunda engine and of the model folder it deploys from. */
@ConfigMapping(prefix = "satuatap.engine")
public interface EngineConfig {

    /** Folder whose *.bpmn and *.dmn files are deployed at start-up. */
    @WithDefault("bpmn")
    String modelsDir();

    @WithDefault("true")
    boolean jobExecutorActive();

    /**
     * Names this node in the job table (lock owner) and in the job log (host name), so an operator sees which node
     * holds or ran a job; must differ between nodes. Unset: a random lock owner and the machine's address.
     */
    Optional<String> nodeName();

    /**
     * How long a node keeps the jobs it acquired: after a crash, its jobs wait this long before another node runs
     * them. Must exceed the longest job, or a slow job runs twice.
     */
    @WithDefault("PT5M")
    Duration jobLockTime();

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
