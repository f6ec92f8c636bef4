package id.satuatap.report;

import id.satuatap.casework.CaseJobs;
import id.satuatap.support.EngineClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static id.satuatap.report.ReportCases.*;
import static id.satuatap.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The report over cases whose every step happens at an engine time set in advance, in March 2031 (and one case in
 * the previous period, February), so each median, percentile, share and handoff is known before the report runs.
 * <pre>
 * P  10 Feb 02:00 filed (hotline, woman); +8 h triaged (PENGADUAN); +1 h SBMI accepts; follow-up left open
 * A   3 Mar 02:00 filed (hotline, woman); +2 h triaged; +3 h SBMI accepts; +5 h followed up; +1 h closed RESOLVED
 * B  10 Mar 02:00 filed (walk-in, man); +30 h triaged (past its 24 h due time); SBMI lets the offer expire (48 h);
 *    the coordinator arranges the referral 10 h later; follow-up left open
 * C  17 Mar 02:00 filed (hotline, woman); +1 h triaged urgent; +3 h the urgent response (candidates COORDINATOR and
 *    POLDA_TPPO, the police unit covering East Lampung); SBMI's offer left open
 * report "now": 20 Mar 02:00
 * </pre>
 */
@QuarkusTest
class CoordinationReportTest {

    static final String MARCH = "?from=2031-03-01&to=2031-03-31";
    private static boolean built;

    @Inject EngineClock clock;
    @Inject CaseJobs jobs;

    @BeforeEach
    void scenario() {
        if (!built) {
            build();
            built = true;
        }
        at(Instant.parse("2031-03-20T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void build() {
        at(Instant.parse("2031-02-10T02:00:00Z"));
        String p = file("HOTLINE", "FEMALE", "UNPAID_WAGES");
        after(Duration.ofHours(8));
        triage(p, "UNPAID_WAGES", false);
        after(Duration.ofHours(1));
        accept("SBMI", p);

        at(Instant.parse("2031-03-03T02:00:00Z"));
        String a = file("HOTLINE", "FEMALE", "UNPAID_WAGES");
        after(Duration.ofHours(2));
        triage(a, "UNPAID_WAGES", false);
        after(Duration.ofHours(3));
        accept("SBMI", a);
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

    static JsonPath report(String username, String query) {
        return as(username).get("/api/v1/reports/coordination" + query).then().statusCode(200).extract().jsonPath();
    }

    private static String section(String name) {
        return "sections.find { it.name == '" + name + "' }";
    }

    @Test
    void desksShowStepsMediansPercentilesAndSharesWithinDueTime() {
        JsonPath report = report("coordinator", MARCH + "&regency=" + REGENCY);
        String desks = section("desks");
        assertEquals(List.of("COORDINATOR", "PENGADUAN"), report.getList(desks + ".rows.key.desk"));
        String pengaduan = desks + ".rows.find { it.key.desk == 'PENGADUAN' }";
        // Steps of 1 (C), 1 (A close), 2 (A triage), 5 (A follow-up) and 30 h (B triage, due after 24 h).
        assertEquals(5, report.getLong(pengaduan + ".values.steps"));
        assertEquals(2.0, report.getDouble(pengaduan + ".values.medianHours"));
        assertEquals(20.0, report.getDouble(pengaduan + ".values.p90Hours"), "5 + 0.6 × (30 − 5)");
        assertEquals(0.8, report.getDouble(pengaduan + ".values.withinDueShare"));
        assertEquals(2, report.getLong(pengaduan + ".values.openNow"), "P's and B's follow-ups");
        assertEquals(2, report.getLong(pengaduan + ".values.overdueNow"), "both open longer than two days");
        assertEquals(1, report.getLong(pengaduan + ".previous.steps"), "P's triage in February");
        assertEquals(8.0, report.getDouble(pengaduan + ".previous.medianHours"));
        assertEquals(4, report.getLong(pengaduan + ".change.steps"));
        assertEquals(-6.0, report.getDouble(pengaduan + ".change.medianHours"));
        String coordinator = desks + ".rows.find { it.key.desk == 'COORDINATOR' }";
        assertEquals(1, report.getLong(coordinator + ".values.steps"));
        assertEquals(10.0, report.getDouble(coordinator + ".values.medianHours"));
        assertEquals(1.0, report.getDouble(coordinator + ".values.withinDueShare"));
        assertEquals(0, report.getLong(coordinator + ".values.openNow"));
        // Totals over both desks: 1, 1, 2, 5, 10, 30 h.
        assertEquals(6, report.getLong(desks + ".total.values.steps"));
        assertEquals(3.5, report.getDouble(desks + ".total.values.medianHours"));
        assertEquals(20.0, report.getDouble(desks + ".total.values.p90Hours"), "10 + 0.5 × (30 − 10)");
        assertEquals(0.833, report.getDouble(desks + ".total.values.withinDueShare"));
    }

    @Test
    void partnersShowAnswersExpiriesSlaSharesAndCaseload() {
        JsonPath report = report("coordinator", MARCH + "&regency=" + REGENCY);
        String partners = section("partners");
        assertEquals(List.of("SBMI"), report.getList(partners + ".rows.key.partner"));
        String sbmi = partners + ".rows[0]";
        assertEquals(3, report.getLong(sbmi + ".values.offered"), "A, B and C");
        assertEquals(1, report.getLong(sbmi + ".values.accepted"));
        assertEquals(0, report.getLong(sbmi + ".values.declined"));
        assertEquals(1, report.getLong(sbmi + ".values.expired"), "B's offer");
        assertEquals(3.0, report.getDouble(sbmi + ".values.medianHoursToAnswer"));
        assertEquals(0.5, report.getDouble(sbmi + ".values.answeredWithinSlaShare"), "A in time, B expired; C still open");
        assertEquals(1, report.getLong(sbmi + ".values.servicesDelivered"), "A's case closed resolved");
        assertEquals(2, report.getLong(sbmi + ".values.caseload"), "P accepted and open, C offered");
        assertEquals(1000, report.getLong(sbmi + ".values.capacity"));
        assertEquals(1.0, report.getDouble(sbmi + ".previous.medianHoursToAnswer"), "P answered in 1 h");
        assertEquals(2.0, report.getDouble(sbmi + ".change.medianHoursToAnswer"));
        assertNull(report.get(sbmi + ".previous.caseload"), "caseload is now, not per period");
    }

    @Test
    void handoffsPairEachStepWithTheOneBeforeItAndTheWaitBetween() {
        JsonPath report = report("coordinator", MARCH);
        String handoffs = section("handoffs");
        assertEquals(List.of("PENGADUAN>COORDINATOR", "PENGADUAN>POLDA_TPPO", "PENGADUAN>SBMI", "SBMI>PENGADUAN"),
                report.getList(handoffs + ".rows.collect { it.key.from + '>' + it.key.to }"));
        assertEquals(List.of(58.02, 3.0, 3.0, 5.0), report.getList(handoffs + ".rows.values.medianHours", Double.class),
                "B waited 48 h 1 min for the expiry and 10 h for the coordinator");
        assertEquals(List.of(1, 1, 1, 1), report.getList(handoffs + ".rows.values.handoffs", Integer.class));
        assertEquals(4, report.getLong(handoffs + ".total.values.handoffs"));
        assertEquals(4.0, report.getDouble(handoffs + ".total.values.medianHours"));
    }

    @Test
    void casesShowOpenedUrgentFirstResponseAndClosureByBreakdown() {
        JsonPath report = report("coordinator", MARCH);
        String cases = section("cases");
        assertEquals(3, report.getLong(cases + ".total.values.opened"));
        assertEquals(1, report.getLong(cases + ".total.values.urgent"));
        assertEquals(4.0, report.getDouble(cases + ".total.values.medianHoursToFirstResponse"), "C: 1 h triage + 3 h response");
        assertEquals(1, report.getLong(cases + ".total.values.closed"));
        assertEquals(0.46, report.getDouble(cases + ".total.values.medianDaysToClosure"), "A: 11 h");
        assertEquals(1, report.getLong(cases + ".total.previous.opened"));
        assertEquals(2, report.getLong(cases + ".total.change.opened"));
        String row = cases + ".rows.find { it.key.dimension == '%s' && it.key.value == '%s' }.values.%s";
        assertEquals(2, report.getLong(row.formatted("channel", "HOTLINE", "opened")));
        assertEquals(1, report.getLong(row.formatted("channel", "WALK_IN", "opened")));
        assertEquals(2, report.getLong(row.formatted("sex", "FEMALE", "opened")));
        assertEquals(3, report.getLong(row.formatted("stage", "RETURNED", "opened")));
        assertEquals(3, report.getLong(row.formatted("category", "UNPAID_WAGES", "opened")));
        assertEquals(1, report.getLong(row.formatted("outcome", "RESOLVED", "closed")));
        assertEquals(3, report.getLong(row.formatted("registeredWorker", "NO", "opened")), "people helped who were not registered");
    }

    @Test
    void aDeskSeesItsOwnRowsAndEveryTotal() {
        JsonPath report = report("pengaduan", MARCH + "&regency=" + REGENCY);
        assertEquals(List.of("PENGADUAN"), report.getList(section("desks") + ".rows.key.desk"));
        assertEquals(6, report.getLong(section("desks") + ".total.values.steps"));
        assertEquals(List.of(), report.getList(section("partners") + ".rows"));
        assertEquals(3, report.getLong(section("partners") + ".total.values.offered"));
        assertEquals(4, report.getList(section("handoffs") + ".rows").size(), "PENGADUAN is one side of every pair here");

        JsonPath other = report("disnaker", MARCH + "&regency=" + REGENCY);
        assertEquals(List.of(), other.getList(section("desks") + ".rows"));
        assertEquals(List.of(), other.getList(section("handoffs") + ".rows"));
        assertEquals(6, other.getLong(section("desks") + ".total.values.steps"));
    }

    @Test
    void aPartnerSeesItsOwnRowsAndEveryTotal() {
        JsonPath report = report("sbmi", MARCH + "&regency=" + REGENCY);
        assertEquals(List.of("SBMI"), report.getList(section("partners") + ".rows.key.partner"));
        assertEquals(List.of(), report.getList(section("desks") + ".rows"));
        assertEquals(List.of("PENGADUAN>SBMI", "SBMI>PENGADUAN"),
                report.getList(section("handoffs") + ".rows.collect { it.key.from + '>' + it.key.to }"));
        assertEquals(List.of(), report("lbh", MARCH).getList(section("partners") + ".rows"));
    }

    @Test
    void workersAndAnonymousCallersGetNoReport() {
        as("worker1").get("/api/v1/reports/coordination" + MARCH).then().statusCode(403);
        as("worker1").accept("text/html").get("/api/v1/reports/coordination.html" + MARCH).then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/reports/coordination" + MARCH).then().statusCode(401);
    }
}
