package id.satuatap.report;

import id.satuatap.support.Workers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.satuatap.report.ReportCases.complete;
import static id.satuatap.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pre-departure section per placement agency: applications of an agency licence no other test uses, filed
 * today (pre-departure records its own times by the wall clock, so the period is the days around today).
 */
@QuarkusTest
class PreDepartureReportTest {

    @Test
    void applicationsAreCountedPerPlacementAgencyWithRefusalsByReason() {
        String licence = "P3MI-RPT-" + UUID.randomUUID().toString().substring(0, 8);
        as("bp3mi").body(Map.of("licenseNumber", licence, "name", "PT Laporan Uji", "status", "ACTIVE",
                "validFrom", "2025-01-01", "validUntil", "2035-12-31", "branchRegencyCodes", List.of("3209")))
                .post("/api/v1/agencies").then().statusCode(201);
        String refused = apply(licence);
        complete("disnaker", refused, "check-job-order", Map.of("jobOrderNumber", "JO-X", "jobOrderValid", false));
        apply(licence);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        JsonPath report = as("coordinator").get("/api/v1/reports/coordination?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                .then().statusCode(200).extract().jsonPath();
        String agency = "sections.find { it.name == 'predeparture' }.rows.find { it.key.dimension == 'placementAgency'"
                + " && it.key.value == '" + licence + "' }.values";
        assertEquals(2, report.getLong(agency + ".started"));
        assertEquals(1, report.getLong(agency + ".refused"));
        assertEquals(0, report.getLong(agency + ".readyToDepart"));
        assertEquals(0, report.getLong(agency + ".stopped"));
        assertNull(report.get(agency + ".medianDaysToReady"));
        assertTrue(report.getLong("sections.find { it.name == 'predeparture' }.rows.find { it.key.dimension == 'refusalReason'"
                + " && it.key.value == 'JOB_ORDER_INVALID' }.values.refused") >= 1);
        assertTrue(report.getLong("sections.find { it.name == 'predeparture' }.total.values.started") >= 2);
    }

    private static String apply(String licence) {
        String worker = as("disnaker").body(Workers.body(Workers.womansNik(), "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(Map.of("workerId", worker, "destinationCountry", "TW", "sector", "MANUFACTURING",
                "jobTitle", "Factory operator", "employerName", "Formosa Electronics Ltd", "scheme", "P3MI",
                "placementAgencyLicense", licence));
        return as("disnaker").body(body).post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }
}
