package id.satuatap.report;

import id.satuatap.casework.CaseJobs;
import id.satuatap.support.EngineClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static id.satuatap.report.ReportCases.*;
import static id.satuatap.report.ReportScenario.MARCH;
import static id.satuatap.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The report's figures over {@link ReportScenario}, where every step happens at a time set in advance. */
@QuarkusTest
class CoordinationReportTest {

    @Inject EngineClock clock;
    @Inject CaseJobs jobs;

    @BeforeEach
    void scenario() {
        ReportScenario.ensure(jobs);
        at(Instant.parse("2031-03-20T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
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
        assertEquals(1, report.getLong(sbmi + ".values.servicesDelivered"), "A's service delivered");
        assertEquals(2, report.getLong(sbmi + ".values.caseload"), "P delivered and its case open, C offered");
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
