import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A client as a load balancer would treat it: a request that got no answer goes to the next node, a 503 is
 * retried after a pause, and every POST carries an Idempotency-Key so that a retry never does the work twice.
 */
final class Http {

    record Answer(int status, String contentType, String body, int node) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    static final int GAVE_UP = -1;

    final List<String> nodes;
    final Stats stats;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private volatile long deadlineForAll = Long.MAX_VALUE;

    Http(List<String> nodes, Stats stats) {
        this.nodes = nodes;
        this.stats = stats;
    }

    /** After this, retries stop within the given time so that the run ends. */
    void windDown(Duration grace) {
        deadlineForAll = System.currentTimeMillis() + grace.toMillis();
    }

    /** One attempt only: what two racing clients do. */
    Answer once(String kind, int node, String method, String path, String user, String body) {
        return attempt(kind, node, method, path, user, body, null);
    }

    /** Retries until an answer that is not "try again" arrives, or the budget is spent. */
    Answer send(String kind, int node, String method, String path, String user, String body, String idempotencyKey,
                Duration budget) {
        long deadline = Math.min(System.currentTimeMillis() + budget.toMillis(), deadlineForAll);
        int target = node;
        long pause = 250;
        while (true) {
            Answer answer = attempt(kind, target, method, path, user, body, idempotencyKey);
            boolean again = answer.status() == 0 || answer.status() == 503
                    || answer.status() == 409 && answer.body() != null && answer.body().contains("Idempotency-Key");
            if (!again) {
                return answer;
            }
            if (System.currentTimeMillis() + pause > Math.min(deadline, deadlineForAll)) {
                return new Answer(GAVE_UP, null, null, target);
            }
            if (answer.status() == 0) {
                target = (target + 1) % nodes.size();
            }
            sleep(pause);
            pause = Math.min(pause * 2, 2000);
        }
    }

    private Answer attempt(String kind, int node, String method, String path, String user, String body,
                           String idempotencyKey) {
        var request = HttpRequest.newBuilder(URI.create(nodes.get(node) + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            stats.answer(kind, Integer.toString(node), response.statusCode(), type);
            if (response.statusCode() >= 500 && response.statusCode() != 503) {
                stats.serverError(kind, response.statusCode(), response.body());
            }
            return new Answer(response.statusCode(), type, response.body(), node);
        } catch (IOException e) {
            stats.answer(kind, Integer.toString(node), 0, null);
            return new Answer(0, null, null, node);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(GAVE_UP, null, null, node);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
