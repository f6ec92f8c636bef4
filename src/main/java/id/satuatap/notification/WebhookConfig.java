package id.satuatap.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "satuatap.webhooks")
public interface WebhookConfig {

    /** Runs the background sender on this node. */
    @WithDefault("true")
    boolean dispatcherActive();

    @WithDefault("PT1S")
    Duration pollInterval();

    /** Delay before the first retry; doubled for each further one. */
    @WithDefault("PT10S")
    Duration firstRetryDelay();

    @WithDefault("8")
    int maxAttempts();

    @WithDefault("PT10S")
    Duration requestTimeout();

    /**
     * Allows http:// and loopback or private addresses as targets. Off in production: a partner-registered URL
     * must not make the server call into its own network.
     */
    @WithDefault("false")
    boolean allowLocalTargets();
}
