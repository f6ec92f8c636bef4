package id.satuatap.security;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Instant;

/**
 * Now, as the process engine sees it. Expiry of claim codes, tokens and sign-in locks follows the same clock
 * as the engine's timers, so tests move one clock instead of sleeping.
 */
public final class Now {

    private Now() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
