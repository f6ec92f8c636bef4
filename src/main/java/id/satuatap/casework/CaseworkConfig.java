package id.satuatap.casework;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Time limits of case handling (docs/domain.md defaults). */
@ConfigMapping(prefix = "satuatap.casework")
public interface CaseworkConfig {

    /** Urgent cases (life or safety at risk): the coordinator and the embassy or police respond within this. */
    @WithDefault("PT4H")
    Duration urgentResponseTime();

    /** Normal cases are triaged within this. */
    @WithDefault("PT24H")
    Duration triageTime();

    /** A partner answers a referral within this; then the next eligible partner is asked. */
    @WithDefault("PT48H")
    Duration referralSla();

    /** A partner that accepted a referral delivers the service within this; then the next eligible partner is asked. */
    @WithDefault("P14D")
    Duration deliverySla();

    /** A closed case can be reopened for this long; then its process ends. */
    @WithDefault("P90D")
    Duration reopenWindow();
}
