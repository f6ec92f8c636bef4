package id.satuatap.casework;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Instant;

/**
 * Now, as the process engine sees it. Referral due times and timeline entries must agree with the engine's
 * timers, including when tests move the engine clock.
 */
final class CaseClock {

    private CaseClock() {
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
