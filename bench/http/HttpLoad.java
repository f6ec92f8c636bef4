import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the Satu Atap API on loopback (run as a source file: java bench/http/HttpLoad.java).
 * Scenario "tasks": N clients each start an instance of the ten-task model (as admin) and complete its tasks
 * one by one (as disnaker), listing the open task before each completion, as a desk client does.
 * Scenario "status": reads GET /api/v1/process-instances/{id} at a fixed rate (open loop: latency counts from
 * the moment a request was due, so a slow server cannot hide queueing). Both stop after their time or request cap.
 */
public class HttpLoad {

    static final String PROCESS_KEY = "bench-ten-user-tasks";
    static final Pattern FIRST_ID = Pattern.compile("\"items\"\\s*:\\s*\\[\\s*\\{[^}]*?\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    final URI base;
    final HttpClient http;
    final Map<String, String> auth = new HashMap<>();
    final long serverPid;

    HttpLoad(URI base, long serverPid, int threads) {
        this.base = base;
        this.serverPid = serverPid;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(threads)).connectTimeout(Duration.ofSeconds(5)).build();
        for (String user : List.of("admin", "disnaker")) {
            auth.put(user, "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        URI base = URI.create(opt.getOrDefault("base", "http://127.0.0.1:8080"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            System.err.println("refusing " + base + ": this load generator only targets loopback addresses");
            System.exit(2);
        }
        int clients = Integer.parseInt(opt.getOrDefault("clients", "16"));
        var load = new HttpLoad(base, Long.parseLong(opt.getOrDefault("pid", "0")), Math.max(clients, 32));
        String scenario = opt.getOrDefault("scenario", "all");
        List<String> instances = new CopyOnWriteArrayList<>();
        if (!scenario.equals("status")) {
            int warmup = Integer.parseInt(opt.getOrDefault("warmup", "15"));
            if (warmup > 0) {
                System.out.printf("tasks: %d s warm-up (not counted)%n", warmup);
                load.tasks(clients, warmup, Long.MAX_VALUE, instances, false);
            }
            load.tasks(clients, Integer.parseInt(opt.getOrDefault("seconds", "60")),
                    Long.parseLong(opt.getOrDefault("max-requests", "500000")), instances, true);
        }
        if (!scenario.equals("tasks")) {
            load.status(Integer.parseInt(opt.getOrDefault("rate", "300")), Integer.parseInt(opt.getOrDefault("status-seconds", "30")),
                    opt.getOrDefault("status-user", "disnaker"),
                    opt.getOrDefault("status-path", "/api/v1/process-instances/{id}"), instances);
        }
        System.exit(0);
    }

    // ---- scenario: start and complete ten tasks per instance, per client ----

    void tasks(int clients, int seconds, long maxRequests, List<String> instances, boolean report) throws Exception {
        Recorder start = new Recorder(), list = new Recorder(), complete = new Recorder();
        AtomicLong requests = new AtomicLong(), failures = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Usage before = usage();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline && requests.get() < maxRequests) {
                    String businessKey = "bench-" + UUID.randomUUID();
                    var started = timed(start, requests, post("admin", "/api/v1/process-instances",
                            "{\"processKey\":\"" + PROCESS_KEY + "\",\"businessKey\":\"" + businessKey + "\"}"));
                    if (started.statusCode() != 201) {
                        failures.incrementAndGet();
                        continue;
                    }
                    instances.add(match(ID, started.body()));
                    while (System.nanoTime() < deadline && requests.get() < maxRequests) {
                        var open = timed(list, requests, get("disnaker", "/api/v1/tasks?businessKey=" + businessKey));
                        String taskId = open.statusCode() == 200 ? match(FIRST_ID, open.body()) : null;
                        if (taskId == null) {
                            if (open.statusCode() != 200) failures.incrementAndGet();
                            break;
                        }
                        var done = timed(complete, requests, post("disnaker", "/api/v1/tasks/" + taskId + "/complete",
                                "{\"variables\":{}}"));
                        if (done.statusCode() != 204) failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) f.get();
        pool.shutdown();
        double elapsed = (System.nanoTime() - deadline + TimeUnit.SECONDS.toNanos(seconds)) / 1e9;
        if (!report) return;
        Usage after = usage();
        System.out.printf("%ntasks: %d clients, %.1f s, %d requests, %d failed%n", clients, elapsed, requests.get(), failures.get());
        System.out.printf("  task completions/s  %.1f   (process starts/s %.1f)%n", complete.count() / elapsed, start.count() / elapsed);
        start.print("start instance  ");
        list.print("list open tasks ");
        complete.print("complete task   ");
        after.printSince(before, "per completion", complete.count());
    }

    // ---- scenario: status reads at a fixed rate ----

    void status(int rate, int seconds, String user, String pathTemplate, List<String> instances) throws Exception {
        if (instances.isEmpty()) {
            for (int i = 0; i < 20; i++) {
                var started = send(post("admin", "/api/v1/process-instances",
                        "{\"processKey\":\"" + PROCESS_KEY + "\",\"businessKey\":\"status-" + UUID.randomUUID() + "\"}"));
                instances.add(match(ID, started.body()));
            }
        }
        // The clerk may read instances where it had or has a task: all of them here (admin skips that check).
        Recorder read = new Recorder();
        AtomicLong failures = new AtomicLong(), dropped = new AtomicLong();
        // At most this many open requests: a server that falls behind gets dropped requests, not a connection storm.
        Semaphore open = new Semaphore(256);
        long total = (long) rate * seconds;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        Usage before = usage();
        long t0 = System.nanoTime();
        Random random = new Random(42);
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long due = t0 + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            String id = instances.get(random.nextInt(instances.size()));
            if (!open.tryAcquire()) {
                dropped.incrementAndGet();
                continue;
            }
            inFlight.add(http.sendAsync(get(user, pathTemplate.replace("{id}", id)), HttpResponse.BodyHandlers.discarding())
                    .orTimeout(30, TimeUnit.SECONDS)
                    .whenComplete((response, error) -> {
                        open.release();
                        read.add(System.nanoTime() - due);
                        if (error != null || response.statusCode() != 200) failures.incrementAndGet();
                    }));
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(40, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException ignored) {
            // counted as failures above, or still open: reported by the count below
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Usage after = usage();
        System.out.printf("%nstatus: GET %s as %s, target %d req/s for %d s over %d instances%n",
                pathTemplate, user, rate, seconds, instances.size());
        System.out.printf("  achieved %.1f req/s, %d answered, %d failed, %d dropped (over 256 open)%n",
                read.count() / elapsed, read.count(), failures.get(), dropped.get());
        read.print("read status     ");
        after.printSince(before, "per read", read.count());
    }

    // ---- HTTP helpers ----

    HttpRequest get(String user, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth.get(user))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
    }

    HttpRequest post(String user, String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth.get(user))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> timed(Recorder recorder, AtomicLong requests, HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        var response = send(request);
        recorder.add(System.nanoTime() - started);
        requests.incrementAndGet();
        return response;
    }

    static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /** Latencies in nanoseconds; percentiles by sorting at the end (a run holds at most a few hundred thousand). */
    static final class Recorder {
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

        void add(long value) { nanos.add(value); }

        long count() { return nanos.size(); }

        void print(String label) {
            long[] sorted;
            synchronized (nanos) { sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray(); }
            if (sorted.length == 0) { System.out.printf("  %s no requests%n", label); return; }
            System.out.printf("  %s n=%-7d p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms%n", label, sorted.length,
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, int p) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
        }
    }

    // ---- CPU and memory of the server (from /proc) and of this load generator ----

    record Usage(double serverCpu, long serverRssKib, double ownCpu, long at) {
        void printSince(Usage before, String per, long ops) {
            double wall = (at - before.at) / 1e9;
            double cpu = serverCpu - before.serverCpu;
            System.out.printf("  server CPU %.1f s in %.1f s (%.0f%% of one core), %.2f ms CPU %s; RSS %d -> %d MiB%n",
                    cpu, wall, 100 * cpu / wall, ops == 0 ? 0 : 1000 * cpu / ops, per, before.serverRssKib / 1024, serverRssKib / 1024);
            System.out.printf("  load generator CPU %.1f s (shares the same cores)%n", ownCpu - before.ownCpu);
        }
    }

    Usage usage() throws IOException {
        double cpu = 0;
        long rss = 0;
        if (serverPid > 0) {
            String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in USER_HZ ticks
            for (String line : Files.readAllLines(Path.of("/proc/" + serverPid + "/status"))) {
                if (line.startsWith("VmRSS:")) rss = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        double own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        return new Usage(cpu, rss, own, System.nanoTime());
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("options: --base=URL --pid=N --scenario=all|tasks|status --clients=16 --warmup=15 --seconds=60"
                        + " --max-requests=500000 --rate=300 --status-seconds=30 --status-user=disnaker|admin"
                        + " --status-path=/api/v1/process-instances/{id}");
                System.exit(2);
            }
            opt.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return opt;
    }
}
