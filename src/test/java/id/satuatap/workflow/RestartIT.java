package id.satuatap.workflow;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the packaged app twice on one file database: a process instance started before a restart is still
 * there afterwards and can be worked on. Uses the real jar, the embedded default and the job executor.
 */
class RestartIT {

    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRunningInstanceSurvivesARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("satuatap-restart");
        int port = PackagedApp.freePort();

        app = PackagedApp.launch(dataDir, port);
        String id = RestAssured.given().port(port).auth().preemptive().basic("admin", "demo").contentType(ContentType.JSON)
                .body(Map.of("processKey", "sample-desk-review", "businessKey", "restart-check"))
                .post("/api/v1/process-instances").then().statusCode(201).extract().path("id");
        app.destroy();
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app stops on SIGTERM");

        app = PackagedApp.launch(dataDir, port);
        RestAssured.given().port(port).auth().preemptive().basic("admin", "demo").get("/api/v1/process-instances/" + id)
                .then().statusCode(200).body("state", is("ACTIVE"))
                .body("currentActivities.activityId", contains("record-registration"));
        List<String> tasks = RestAssured.given().port(port).auth().preemptive().basic("disnaker", "demo")
                .queryParam("businessKey", "restart-check").get("/api/v1/tasks")
                .then().statusCode(200).extract().path("items.id");
        RestAssured.given().port(port).auth().preemptive().basic("disnaker", "demo").contentType(ContentType.JSON)
                .body(Map.of("variables", Map.of("jobOrderNumber", "JO-R")))
                .post("/api/v1/tasks/" + tasks.get(0) + "/complete").then().statusCode(204);
    }
}
