import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks every node's readiness twice a second, as a load balancer's health check would. */
final class Probe {

    private final Http http;
    private final Thread thread;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Probe(Http http) {
        this.http = http;
        this.thread = new Thread(this::loop, "readiness-probe");
        thread.setDaemon(true);
    }

    static Probe start(Http http) {
        Probe probe = new Probe(http);
        probe.thread.start();
        return probe;
    }

    void stop() {
        thread.interrupt();
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            for (int node = 0; node < http.nodes.size(); node++) {
                int status;
                try {
                    var request = HttpRequest.newBuilder(URI.create(http.nodes.get(node) + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).GET().build();
                    status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    status = 0;
                }
                http.stats.answer("readiness@" + node, Integer.toString(node), status, null);
            }
            Http.sleep(500);
        }
    }
}
