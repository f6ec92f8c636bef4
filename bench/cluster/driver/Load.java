import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Desk work through the HTTP API, crossing nodes: a journey registers a worker and files an application
 * (domain rows plus a process, in one transaction), starts a sample desk review on its home node, completes the
 * first task on the other node and the second task back on the home node. Every 2xx is written to
 * {@code acks.tsv} for {@link Verify} to look up in the database.
 */
final class Load {

    private static final Duration BUDGET = Duration.ofSeconds(120);

    private final Http http;
    private final String prefix;
    private final int offset;
    private final PrintWriter acks;
    private final AtomicInteger journeysDone = new AtomicInteger();

    private Load(Http http, String prefix, int offset, PrintWriter acks) {
        this.http = http;
        this.prefix = prefix;
        this.offset = offset;
        this.acks = acks;
    }

    /** Runs journeys until {@code --journeys} are done or the stop file appears; returns the number of client-side violations. */
    static int run(Map<String, String> opts) throws Exception {
        List<String> nodes = List.of(opts.get("nodes").split(","));
        Path out = Path.of(opts.get("out"));
        Files.createDirectories(out);
        Stats stats = new Stats(opts.containsKey("phase-file") ? Path.of(opts.get("phase-file")) : null);
        Http http = new Http(nodes, stats);
        int users = Integer.parseInt(opts.getOrDefault("users", "4"));
        int limit = Integer.parseInt(opts.getOrDefault("journeys", "-1"));
        Path stopFile = opts.containsKey("stop-file") ? Path.of(opts.get("stop-file")) : null;
        AtomicInteger next = new AtomicInteger();
        long started = System.currentTimeMillis();
        Probe probe = opts.containsKey("probe") ? Probe.start(http) : null;
        try (var acks = new PrintWriter(Files.newBufferedWriter(out.resolve("acks.tsv"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true)) {
            Load load = new Load(http, opts.getOrDefault("prefix", "run"), Integer.parseInt(opts.getOrDefault("offset", "0")), acks);
            ExecutorService pool = Executors.newFixedThreadPool(users);
            for (int u = 0; u < users; u++) {
                pool.submit(() -> {
                    while (stopFile == null || !Files.exists(stopFile)) {
                        int j = next.getAndIncrement();
                        if (limit >= 0 && j >= limit) {
                            return;
                        }
                        load.journey(j);
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                if (stopFile != null && Files.exists(stopFile)) {
                    // Requests in flight may still retry a little; then the run ends.
                    http.windDown(Duration.ofSeconds(20));
                    if (!pool.awaitTermination(40, TimeUnit.SECONDS)) {
                        stats.violation("clients did not stop within 40 s of the stop signal");
                        pool.shutdownNow();
                    }
                    break;
                }
            }
            if (probe != null) {
                probe.stop();
            }
            System.out.printf("Load: %d journeys finished by %d clients on %s in %.1f s%n", load.journeysDone.get(),
                    users, nodes, (System.currentTimeMillis() - started) / 1000.0);
        }
        stats.print();
        return Checks.clientSide(stats, opts, probe);
    }

    private void journey(int n) {
        int j = n + offset;
        int home = j % http.nodes.size();
        int other = (j + 1) % http.nodes.size();
        String key = prefix + "-" + j;

        var worker = http.send("register-worker", home, "POST", "/api/v1/workers", "disnaker", workerBody(j), key + "-w", BUDGET);
        if (!accepted(worker, "register-worker")) {
            return;
        }
        String workerId = Json.field(worker.body(), "id");
        ack("worker", workerId, "-", worker.node());

        var application = http.send("submit-application", other, "POST", "/api/v1/applications", "disnaker",
                Json.write(Map.of("workerId", workerId, "destinationCountry", "TW", "sector", "MANUFACTURING",
                        "jobTitle", "Factory operator", "employerName", "Formosa Electronics Ltd", "scheme", "P3MI",
                        "placementAgencyLicense", "P3MI-2024-0117")), key + "-a", BUDGET);
        if (accepted(application, "submit-application")) {
            ack("application", Json.field(application.body(), "id"), Json.field(application.body(), "processInstanceId"),
                    application.node());
        }

        var instance = http.send("start-instance", home, "POST", "/api/v1/process-instances", "admin",
                Json.write(Map.of("processKey", "sample-desk-review", "businessKey", key)), key + "-s", BUDGET);
        if (!accepted(instance, "start-instance")) {
            return;
        }
        String instanceId = Json.field(instance.body(), "id");
        ack("instance", instanceId, key, instance.node());

        if (completeOpenTask(key, instanceId, other, "disnaker", "registration",
                Map.of("jobOrderNumber", "JO-" + j))) {
            completeOpenTask(key, instanceId, home, "dukcapil", "identity", Map.of("identityConfirmed", true));
        }
        journeysDone.incrementAndGet();
    }

    private boolean completeOpenTask(String key, String instanceId, int node, String user, String step, Map<String, Object> values) {
        var list = http.send("list-tasks", node, "GET", "/api/v1/tasks?businessKey=" + key, user, null, null, BUDGET);
        if (!accepted(list, "list-tasks")) {
            return false;
        }
        List<String> ids = Json.itemIds(list.body());
        if (ids.size() != 1) {
            http.stats.violation("instance " + instanceId + " (acknowledged) has " + ids.size() + " open " + step + " tasks for " + user);
            return false;
        }
        var done = http.send("complete-task", node, "POST", "/api/v1/tasks/" + ids.get(0) + "/complete", user,
                Json.write(Map.of("variables", values)), key + "-" + step, BUDGET);
        if (!accepted(done, "complete-task")) {
            return false;
        }
        ack("task-" + step, ids.get(0), instanceId, done.node());
        return true;
    }

    /** 2xx goes on; a status the client may meet in a fault (no answer, 503, a replayed conflict) only ends the journey. */
    private boolean accepted(Http.Answer answer, String kind) {
        if (answer.ok()) {
            return true;
        }
        int s = answer.status();
        boolean explainable = s == Http.GAVE_UP || s == 409 && kind.equals("complete-task") || s == 409 && kind.equals("register-worker");
        if (!explainable) {
            http.stats.violation(kind + " answered " + s + ": " + (answer.body() == null ? "" : answer.body()));
        }
        return false;
    }

    private synchronized void ack(String kind, String id, String ref, int node) {
        acks.println(kind + "\t" + id + "\t" + ref + "\t" + node);
    }

    /** A valid NIK per journey: Cirebon regency, a man born between 1985 and 1990, serial from the journey number. */
    static String workerBody(int j) {
        LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(j / 9999);
        String nik = "320915" + String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100)
                + String.format("%04d", j % 9999 + 1);
        return Json.write(Map.of("nik", nik, "fullName", "Budi Santoso", "sex", "MALE", "birthDate", birth.toString(),
                "birthPlace", "Cirebon", "maritalStatus", "SINGLE",
                "address", Map.of("village", "Gebang", "district", "Gebang", "regencyCode", "3209", "provinceCode", "32")));
    }
}
