package id.satuatap.workflow;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills the packaged app (SIGKILL) on its embedded file database while clients complete tasks concurrently, starts
 * it again and asks the API for every completion that had been answered with 2xx: each must still be there.
 * {@code -Dcrash.jdbc-url=...} (with {@code {dir}} for the data dir) runs it against another database URL, e.g. the
 * embedded URL without {@code WRITE_DELAY=0} to see it fail.
 */
class CrashIT {

    private static final Logger LOG = Logger.getLogger(CrashIT.class);

    private static final int CLIENTS = 8;
    /**
     * The kill comes after this many acknowledged completions (about what the outside testers had when they lost
     * some), or after {@link #LOAD_AT_MOST} on a machine too busy to get there.
     */
    private static final int KILL_AFTER = 100;
    private static final Duration LOAD_AT_MOST = Duration.ofSeconds(60);
    /** Fewer would not be a kill under load (a 2-core machine shared with other builds managed 16 in 20 s). */
    private static final int AT_LEAST = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Process app;

    /** One 2xx answer: the instance started, or the task of {@code activityId} in it completed. */
    private record Ack(String instanceId, String activityId) {
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedCompletionSurvivesAKill() throws Exception {
        Path dataDir = Files.createTempDirectory("satuatap-crash");
        int port = PackagedApp.freePort();
        String url = System.getProperty("crash.jdbc-url");
        String[] flags = url == null ? new String[0]
                : new String[] {"-Dquarkus.datasource.jdbc.url=" + url.replace("{dir}", dataDir.toString())};
        app = PackagedApp.launch(dataDir, port, flags);

        Client client = new Client(port);
        Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicInteger completions = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int clientNo = c;
            clients.submit(() -> journeys(client, clientNo, acks, completions, killed));
        }
        Instant latest = Instant.now().plus(LOAD_AT_MOST);
        while (completions.get() < KILL_AFTER && Instant.now().isBefore(latest)) {
            Thread.sleep(5);
        }
        app.destroyForcibly();
        assertTrue(app.waitFor(20, TimeUnit.SECONDS), "the app dies on SIGKILL");
        killed.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS), "the clients stop");
        assertTrue(completions.get() >= AT_LEAST, "killed under load: " + completions.get() + " completions acknowledged");

        app = PackagedApp.launch(dataDir, port, flags);
        List<Ack> lost = new ArrayList<>();
        for (Ack ack : acks) {
            HttpResponse<String> response = client.send("admin", "GET", "/api/v1/process-instances/" + ack.instanceId(), null);
            if (response.statusCode() != 200 || ack.activityId() != null && !ended(JSON.readTree(response.body()), ack.activityId())) {
                lost.add(ack);
            }
        }
        assertEquals(List.of(), lost, lost.size() + " of " + acks.size() + " acknowledged writes lost (" + completions.get()
                + " completions); data dir " + dataDir);
        LOG.infof("CrashIT: SIGKILL after %d acknowledged completions; all %d acknowledged writes found after the restart",
                completions.get(), acks.size());
    }

    /** Starts instances of the sample review and completes both of its tasks, until the app is killed. */
    private static void journeys(Client client, int clientNo, Queue<Ack> acks, AtomicInteger completions, AtomicBoolean killed) {
        for (int n = 0; !killed.get(); n++) {
            String key = "crash-" + clientNo + "-" + n;
            try {
                HttpResponse<String> started = client.send("admin", "POST", "/api/v1/process-instances",
                        "{\"processKey\":\"sample-desk-review\",\"businessKey\":\"" + key + "\"}");
                if (started.statusCode() != 201) {
                    continue;
                }
                String instanceId = JSON.readTree(started.body()).path("id").asText();
                acks.add(new Ack(instanceId, null));
                if (!complete(client, "disnaker", key, "{\"variables\":{\"jobOrderNumber\":\"JO-" + n + "\"}}")) {
                    continue;
                }
                acks.add(new Ack(instanceId, "record-registration"));
                completions.incrementAndGet();
                if (complete(client, "dukcapil", key, "{\"variables\":{\"identityConfirmed\":true}}")) {
                    acks.add(new Ack(instanceId, "check-identity"));
                    completions.incrementAndGet();
                }
            } catch (Exception connectionGoneWithTheApp) {
                // the kill: stop once it is known, keep going on anything before it
            }
        }
    }

    /** Completes the open task of the business key that {@code user}'s desk sees; true on 204. */
    private static boolean complete(Client client, String user, String businessKey, String body) throws Exception {
        HttpResponse<String> tasks = client.send(user, "GET", "/api/v1/tasks?businessKey=" + businessKey, null);
        JsonNode items = tasks.statusCode() == 200 ? JSON.readTree(tasks.body()).path("items") : null;
        if (items == null || items.size() != 1) {
            return false;
        }
        return client.send(user, "POST", "/api/v1/tasks/" + items.get(0).path("id").asText() + "/complete", body)
                .statusCode() == 204;
    }

    private static boolean ended(JsonNode instance, String activityId) {
        for (JsonNode activity : instance.path("history")) {
            if (activityId.equals(activity.path("activityId").asText()) && !activity.path("end").isMissingNode()
                    && !activity.path("end").isNull()) {
                return true;
            }
        }
        return false;
    }

    private record Client(int port, HttpClient http) {

        Client(int port) {
            this(port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        }

        HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
