package id.satuatap.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "satuatap.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its first response are kept. */
    @WithDefault("PT24H")
    Duration retention();
}
