package id.satuatap.report;

import id.satuatap.casework.CaseJobs;
import id.satuatap.support.Browser;
import id.satuatap.support.EngineClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static id.satuatap.report.ReportCases.*;
import static id.satuatap.report.ReportScenario.MARCH;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.*;

/** CSV, the printable page in a real browser, small-cell suppression and the period's validation. */
@QuarkusTest
class ReportFormatsTest {

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

    @Test
    void oneSectionAsCsvWithEnglishHeaders() {
        String csv = as("coordinator").accept("text/csv").header("Accept-Language", "en")
                .get("/api/v1/reports/coordination" + MARCH + "&regency=" + REGENCY + "&section=partners")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("partner,referrals offered,accepted,declined,declined with a reason,expired,"
                + "median hours to answer,share answered within SLA,services delivered,caseload,capacity,"
                + "referrals offered (previous period),"), lines.get(0));
        // The period, the previous period (P: offered and accepted in 1 h), and the change.
        assertEquals("SBMI,3,1,0,0,1,3.0,0.5,1,2,1000,1,1,0,0,0,1.0,1.0,1,,,2,0,0,0,1,2.0,-0.5,0,,", lines.get(1));
        assertTrue(lines.get(2).startsWith("TOTAL,3,1,0,0,1,3.0,0.5,1,2,"), lines.get(2));
    }

    @Test
    void everySectionAsCsvInAZipWithIndonesianHeaders() throws IOException {
        byte[] zip = as("coordinator").accept("text/csv").get("/api/v1/reports/coordination" + MARCH)
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("desks", "partners", "handoffs", "predeparture", "cases").stream()
                .map(s -> "coordination-2031-03-01-2031-03-31-" + s + ".csv").toList(), List.copyOf(files.keySet()));
        assertTrue(files.get("coordination-2031-03-01-2031-03-31-desks.csv")
                .startsWith("loket,langkah selesai,median jam,p90 jam,porsi tepat waktu,"));
        assertTrue(files.get("coordination-2031-03-01-2031-03-31-handoffs.csv")
                .contains("\r\nPENGADUAN,COORDINATOR,1,58.02,"));
        assertTrue(files.get("coordination-2031-03-01-2031-03-31-cases.csv").contains("\r\nregisteredWorker,NO,3,"));
    }

    @Test
    void thePrintablePageShowsTheKeyFiguresAsChartsInAHeadlessBrowser() throws IOException {
        String path = "/api/v1/reports/coordination.html" + MARCH + "&regency=" + REGENCY;
        Response response = as("coordinator").accept("text/html").get(path);
        response.then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        assertFalse(response.asString().contains("<script"), "no script on the page");
        assertFalse(response.asString().matches("(?s).*(src|href)=\"https?:.*"), "nothing loaded from any host");

        try (Browser browser = Browser.start("en-US")) {
            var driver = browser.driver();
            driver.get("http://coordinator:demo@127.0.0.1:" + RestAssured.port + path);
            assertTrue(driver.getTitle().startsWith("Coordination report 2031-03-01"), driver.getTitle());
            Path shot = browser.screenshot("coordination-report");
            assertTrue(Files.size(shot) > 10_000, "a screenshot of the rendered page");

            List<WebElement> deskBars = driver.findElements(By.cssSelector("#chart-desks rect.bar"));
            assertEquals(2, deskBars.size(), "COORDINATOR and PENGADUAN");
            // Bars are drawn to scale: PENGADUAN's median (2 h) is a fifth of the coordinator's (10 h).
            double coordinator = deskBars.get(0).getRect().getWidth();
            double pengaduan = deskBars.get(1).getRect().getWidth();
            assertEquals(0.2, pengaduan / coordinator, 0.02);
            assertEquals(List.of("SBMI", "50%"), driver.findElements(By.cssSelector("#chart-partners svg > text")).stream()
                    .map(WebElement::getText).toList());
            WebElement steps = driver.findElement(By.cssSelector("[data-figure=steps] b"));
            assertEquals("6", steps.getText());
            assertTrue(steps.isDisplayed());
            assertEquals(4, driver.findElements(By.cssSelector("#handoffs tr")).size() - 1);
            Object resources = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource').length");
            assertEquals(0L, resources, "the page fetched nothing");
        }
    }

    @Test
    void smallCountsInSensitiveRowsAreHiddenWhenFilteringByRegency() {
        at(Instant.parse("2032-05-10T02:00:00Z"));
        file("3505", "HOTLINE", "FEMALE", "TRAFFICKING");
        file("3505", "HOTLINE", "FEMALE", "TRAFFICKING");
        file("3505", "WALK_IN", "FEMALE", "UNPAID_WAGES");
        String may = "?from=2032-05-01&to=2032-05-31";
        String category = "sections.find { it.name == 'cases' }.rows.find { it.key.dimension == 'category' && it.key.value == '%s' }";

        JsonPath regional = report(may + "&regency=3505");
        assertEquals("<5", regional.getString(category.formatted("TRAFFICKING") + ".values.opened"));
        assertEquals("<5", regional.getString(category.formatted("TRAFFICKING") + ".previous.opened"));
        assertNull(regional.get(category.formatted("TRAFFICKING") + ".change.opened"));
        assertEquals(1, regional.getInt(category.formatted("UNPAID_WAGES") + ".values.opened"), "not a sensitive row");
        assertEquals(2, regional.getInt("sections.find { it.name == 'cases' }.rows.find { it.key.dimension == 'channel'"
                + " && it.key.value == 'HOTLINE' }.values.opened"));

        JsonPath national = report(may);
        assertEquals(2, national.getInt(category.formatted("TRAFFICKING") + ".values.opened"), "no regency, no suppression");
    }

    private static JsonPath report(String query) {
        return as("coordinator").get("/api/v1/reports/coordination" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aBadPeriodOrFilterIsA400NamingTheField() {
        String url = "/api/v1/reports/coordination";
        as("coordinator").get(url + "?to=2031-03-31").then().statusCode(400).body("errors.field", contains("from"));
        as("coordinator").header("Accept-Language", "en").get(url + "?from=2030-01-01&to=2031-03-31").then().statusCode(400)
                .body("errors.field", contains("to")).body("errors.message", contains("the period is at most 366 days"));
        as("coordinator").get(url + "?from=2031-03-31&to=2031-03-01").then().statusCode(400).body("errors.field", contains("to"));
        as("coordinator").get(url + "?from=31-03-2031&to=2031-03-31").then().statusCode(400)
                .body("errors.message", contains("bukan tanggal YYYY-MM-DD"));
        as("coordinator").get(url + MARCH + "&regency=32").then().statusCode(400).body("errors.field", contains("regency"));
        as("coordinator").get(url + MARCH + "&country=my").then().statusCode(400).body("errors.field", contains("country"));
        as("coordinator").accept("text/csv").get(url + MARCH + "&section=other").then().statusCode(400)
                .body("errors.field", contains("section"));
    }
}
