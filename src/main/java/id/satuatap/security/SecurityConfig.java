package id.satuatap.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "satuatap.security")
public interface SecurityConfig {

    /** Creates the demo accounts of README on start; never in production. */
    @WithDefault("false")
    boolean demoAccounts();

    SignIn signIn();

    Signup signup();

    ClaimCodes claimCodes();

    Tokens tokens();

    /** Failed sign-ins, counted in the database so that every node of a cluster sees the same count. */
    interface SignIn {

        /** Failures of one account (known or not) before it is locked for {@link #lockout()}. */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failures from one client address, over all accounts it tries, before the address is locked. */
        @WithDefault("30")
        int maxFailuresPerAddress();

        /** Failures older than this no longer count. */
        @WithDefault("PT15M")
        Duration window();

        @WithDefault("PT15M")
        Duration lockout();
    }

    /** Self sign-ups from one client address. */
    interface Signup {

        @WithDefault("10")
        int maxPerAddress();

        @WithDefault("PT1H")
        Duration window();
    }

    /** One-time codes a desk hands a worker to link their phone account to their record. */
    interface ClaimCodes {

        @WithDefault("P7D")
        Duration validity();
    }

    /** Bearer tokens for phones (POST /api/v1/sessions). */
    interface Tokens {

        /**
         * The HMAC key (at least 32 characters) every node signs and verifies access tokens with. Without it each
         * process makes a random one, so tokens work only on the node that issued them and not after a restart.
         */
        Optional<String> secret();

        @WithDefault("PT10M")
        Duration accessTtl();

        @WithDefault("P30D")
        Duration refreshTtl();
    }
}
