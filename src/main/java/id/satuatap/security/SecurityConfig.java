package id.satuatap.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "satuatap.security")
public interface SecurityConfig {

    /** Creates the demo accounts of README on start; never in production. */
    @WithDefault("false")
    boolean demoAccounts();
}
