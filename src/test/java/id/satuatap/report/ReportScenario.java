package id.satuatap.report;

import id.satuatap.casework.CaseJobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static id.satuatap.report.ReportCases.*;

/**
 * The report over cases whose every step happens at an engine time set in advance, in March 2031 (and one case in
 * the previous period, February), so each median, percentile, share and handoff is known before the report runs.
 * <pre>
 * P  10 Feb 02:00 filed (hotline, woman); +8 h triaged (PENGADUAN); +1 h SBMI accepts and delivers; follow-up left open
 * A   3 Mar 02:00 filed (hotline, woman); +2 h triaged; +3 h SBMI accepts and delivers; +5 h followed up; +1 h closed RESOLVED
 * B  10 Mar 02:00 filed (walk-in, man); +30 h triaged (past its 24 h due time); SBMI lets the offer expire (48 h);
 *    the coordinator arranges the referral 10 h later; follow-up left open
 * C  17 Mar 02:00 filed (hotline, woman); +1 h triaged urgent; +3 h the urgent response (candidates COORDINATOR and
 *    POLDA_TPPO, the police unit covering East Lampung); SBMI's offer left open
 * report "now": 20 Mar 02:00
 * </pre>
 */
final class ReportScenario {

    static final String MARCH = "?from=2031-03-01&to=2031-03-31";
    private static boolean built;

    private ReportScenario() {
    }

    /** Builds the scenario once per test run (the tests share one application and database). */
    static synchronized void ensure(CaseJobs jobs) {
        if (!built) {
            build(jobs);
            built = true;
        }
    }

    private static void build(CaseJobs jobs) {
        at(Instant.parse("2031-02-10T02:00:00Z"));
        String p = file("HOTLINE", "FEMALE", "UNPAID_WAGES");
        after(Duration.ofHours(8));
        triage(p, "UNPAID_WAGES", false);
        after(Duration.ofHours(1));
        accept("SBMI", p);
        deliver("SBMI", p);

        at(Instant.parse("2031-03-03T02:00:00Z"));
        String a = file("HOTLINE", "FEMALE", "UNPAID_WAGES");
        after(Duration.ofHours(2));
        triage(a, "UNPAID_WAGES", false);
        after(Duration.ofHours(3));
        accept("SBMI", a);
        deliver("SBMI", a);
        after(Duration.ofHours(5));
        complete("pengaduan", a, "follow-up-case", Map.of("followUpNote", "paid in full", "readyToClose", true));
        after(Duration.ofHours(1));
        complete("pengaduan", a, "close-case", Map.of("outcome", "RESOLVED"));

        at(Instant.parse("2031-03-10T02:00:00Z"));
        String b = file("WALK_IN", "MALE", "UNPAID_WAGES");
        after(Duration.ofHours(30));
        triage(b, "UNPAID_WAGES", false);
        after(Duration.ofHours(48).plusMinutes(1));
        jobs.runDue(b);
        after(Duration.ofHours(10));
        complete("coordinator", b, "arrange-referral", Map.of("arrangement", "Village head mediates"));

        at(Instant.parse("2031-03-17T02:00:00Z"));
        String c = file("HOTLINE", "FEMALE", "UNPAID_WAGES");
        after(Duration.ofHours(1));
        triage(c, "UNPAID_WAGES", true);
        after(Duration.ofHours(3));
        complete("coordinator", c, "coordinate-urgent-response", Map.of("actionTaken", "Police visited", "personSafe", true));
    }
}
