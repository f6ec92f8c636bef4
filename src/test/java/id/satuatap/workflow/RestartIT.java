package id.satuatap.workflow;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
        int port = freePort();

        app = launch(dataDir, port);
        String id = RestAssured.given().port(port).auth().preemptive().basic("admin", "demo").contentType(ContentType.JSON)
                .body(Map.of("processKey", "sample-desk-review", "businessKey", "restart-check"))
                .post("/api/v1/process-instances").then().statusCode(201).extract().path("id");
        app.destroy();
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app stops on SIGTERM");

        app = launch(dataDir, port);
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

    private static Process launch(Path dataDir, int port) throws IOException, InterruptedException {
        String jar = System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar");
        Process process = new ProcessBuilder("java", "-Dsatuatap.data-dir=" + dataDir, "-Dquarkus.http.port=" + port,
                "-jar", jar)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app-" + System.nanoTime() + ".log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app did not become ready; see the logs in " + dataDir);
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up): a port the kernel hands out with ServerSocket(0)
     * can be taken by any outgoing connection before the app binds it, which once failed this test.
     */
    private static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_768);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException inUse) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32767");
    }
}
