package id.satuatap.workflow;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The packaged app (the jar `./mvnw package` built) as a separate process, for the tests that stop and restart it. */
final class PackagedApp {

    private PackagedApp() {
    }

    /** Starts the jar on a file database in {@code dataDir} and waits until it is ready; extra JVM flags go first. */
    static Process launch(Path dataDir, int port, String... jvmFlags) throws IOException, InterruptedException {
        String jar = System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of("java", "-Dsatuatap.data-dir=" + dataDir, "-Dquarkus.http.port=" + port));
        command.addAll(List.of(jvmFlags));
        command.addAll(List.of("-jar", jar));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app-" + System.nanoTime() + ".log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        // Generous: a first start on a busy 2-core machine has taken 80-100 s; on a quiet one it takes 10-15 s.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
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
     * can be taken by any outgoing connection before the app binds it, which once failed a test.
     */
    static int freePort() {
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
