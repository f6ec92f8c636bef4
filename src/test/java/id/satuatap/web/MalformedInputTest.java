package id.satuatap.web;

import id.satuatap.support.Api;
import id.satuatap.support.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Bad input the outside round of testing found answered with 5xx, empty bodies or the wrong status: each
 * gets a problem+json 4xx naming what was wrong.
 */
@QuarkusTest
class MalformedInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aMalformedAcceptLanguageIsRefusedNamingTheHeader() {
        for (String header : new String[]{"en;q=2", "en;q=abc", "en;q=", ";;;"}) {
            Api.as("admin").header("Accept-Language", header).get("/api/v1/tasks").then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("Accept-Language"));
            Api.anonymous().header("Accept-Language", header).get("/api/v1/tasks").then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("Accept-Language"));
        }
        Api.as("admin").header("Accept-Language", "en;q=0.8, id;q=0.9").get("/api/v1/tasks").then().statusCode(200);
    }

    @Test
    void aTruncatedMultipartBodyIsRefused() {
        String truncated = "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n<?xml version=\"1.0\"?><definitions";
        for (String path : new String[]{"/api/v1/admin/deployments", "/api/v1/applications/no-such-app/documents"}) {
            raw("admin").contentType("multipart/form-data; boundary=XyZ").body(truncated).post(path).then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("body"));
        }
        // Without a boundary no part can be found: no files to deploy, and no application to attach to.
        raw("admin").contentType("multipart/form-data").body(truncated).post("/api/v1/admin/deployments").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", contains("files"));
        raw("admin").contentType("multipart/form-data").body(truncated).post("/api/v1/applications/no-such-app/documents")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aCursorWithAnOutOfRangeTimestampIsRefused() {
        for (String value : new String[]{"+1000000000-01-01T00:00:00Z|x", "-1000000000-01-01T00:00:00Z|x",
                "+292278994-08-17T07:12:55.808Z|x"}) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
            for (String path : new String[]{"/api/v1/tasks", "/api/v1/applications", "/api/v1/audit"}) {
                Api.as("admin").queryParam("cursor", cursor).get(path).then()
                        .statusCode(400).contentType(PROBLEM)
                        .body("errors.field", contains("cursor"));
            }
        }
    }

    @Test
    void aLimitThatIsNoNumberOrTooLargeIsRefusedNamingIt() {
        for (String limit : new String[]{"ten", "99999999999", "1.5", "-"}) {
            Api.as("admin").queryParam("limit", limit).get("/api/v1/tasks").then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("errors.field", contains("limit"));
        }
    }

    @Test
    void anOversizedBodyGetsAProblem() {
        byte[] body = new byte[13 * 1024 * 1024];
        raw("admin").contentType("application/json").body(body).post("/api/v1/workers").then()
                .statusCode(413).contentType(PROBLEM);
    }

    @Test
    void anOversizedHeaderGetsAProblem() {
        Api.as("admin").header("X-Padding", "a".repeat(40_000)).get("/api/v1/tasks").then()
                .statusCode(431).contentType(PROBLEM);
    }

    @Test
    void anAnonymousUploadIsAskedToSignInBeforeItsContentTypeIsLookedAt() {
        for (String path : new String[]{"/api/v1/admin/deployments", "/api/v1/applications/no-such-app/documents"}) {
            RestAssured.given().contentType("text/plain").body("hello").post(path).then()
                    .statusCode(401).contentType(PROBLEM);
        }
    }

    @Test
    void aWrongMethodIsAnsweredWithTheAllowedOnes() {
        Api.as("admin").delete("/api/v1/tasks").then()
                .statusCode(405).contentType(PROBLEM)
                .header("Allow", allOf(containsString("GET"), not(containsString("DELETE"))));
    }

    @Test
    void metricsNeverRecordTheRawPathOfAnUnmatchedRequest() {
        String unique = "raw-" + System.nanoTime();
        Api.as("admin").delete("/api/v1/tasks/" + unique + "/claim").then().statusCode(405);
        Api.as("admin").get("/api/v1/no-such-thing/" + unique).then().statusCode(404);
        String metrics = Metrics.scrape();
        assertThat(metrics, not(containsString(unique)));
    }

    /** A request whose body RestAssured sends as given, without multipart encoding of its own. */
    private static RequestSpecification raw(String user) {
        return RestAssured.given().auth().preemptive().basic(user, "demo")
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT)))
                .accept("application/json");
    }
}
