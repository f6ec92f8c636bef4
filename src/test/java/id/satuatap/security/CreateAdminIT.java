package id.satuatap.security;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged app's create-admin command: the password from standard input, then a normal start signs it in. */
class CreateAdminIT {

    private static final String JAR = System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar");
    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static int createAdmin(Path dataDir, String name, String stdin) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Dsatuatap.data-dir=" + dataDir, "-jar", JAR, "create-admin"));
        command.add(name);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("create-admin-" + System.nanoTime() + ".log").toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "create-admin ends by itself");
        return process.exitValue();
    }

    @Test
    void createsAnAdminWhosePasswordCameFromStandardInput() throws Exception {
        Path dataDir = Files.createTempDirectory("satuatap-admin");
        assertEquals(2, createAdmin(dataDir, "ops-admin", "short1\n"), "a weak password is refused");
        assertEquals(0, createAdmin(dataDir, "ops-admin", "first-Secret-2026\n"));
        assertEquals(0, createAdmin(dataDir, "ops-admin", "second-Secret-2026\n"), "run again, it resets the password");
        assertEquals(1, createAdmin(dataDir, "disnaker", "another-Secret-2026\n"), "a desk account is not promoted");

        int port = freePort();
        app = new ProcessBuilder("java", "-Dsatuatap.data-dir=" + dataDir, "-Dquarkus.http.port=" + port, "-jar", JAR)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("app.log").toFile()).start();
        awaitReady(port);
        RestAssured.given().port(port).auth().preemptive().basic("ops-admin", "first-Secret-2026").get("/api/v1/audit")
                .then().statusCode(401);
        RestAssured.given().port(port).auth().preemptive().basic("ops-admin", "second-Secret-2026")
                .queryParam("actor", "console").get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("ADMIN_PASSWORD_RESET"));
        RestAssured.given().port(port).auth().preemptive().basic("disnaker", "another-Secret-2026").get("/api/v1/tasks")
                .then().statusCode(401);
    }

    private void awaitReady(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && app.isAlive()) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app did not become ready");
    }

    private static int freePort() throws IOException {
        for (int port = 20_000 + (int) (System.nanoTime() % 10_000); ; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException inUse) {
                // try the next one
            }
        }
    }
}
