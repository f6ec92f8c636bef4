package id.satuatap.security;

import io.quarkus.security.AuthenticationException;

import java.time.Duration;

/** Too many failed sign-ins (or sign-ups) from this account or address; answered 429 with Retry-After. */
public class SignInThrottledException extends SecurityException implements AuthenticationException {

    private final long retryAfterSeconds;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many attempts");
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
