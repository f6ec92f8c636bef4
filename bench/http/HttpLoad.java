import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the Satu Atap API on loopback (run as a source file: java bench/http/HttpLoad.java).
 * Scenario "tasks": N clients each start an instance of the ten-task model (as admin) and complete its tasks
 * one by one (as disnaker), listing the open task before each completion, as a desk client does.
 * Scenario "predeparture": N clients each run complete pre-departure applications, as the front desk and the
 * other desks do: register the worker, file the application, upload every required document and complete every
 * desk task through /api/v1/tasks, until the application is READY_TO_DEPART.
 * Scenario "status": reads a status path at a fixed rate (open loop: latency counts from the moment a request was
 * due, so a slow server cannot hide queueing), over the instances or applications the scenario before it worked.
 * --status-warmup=S reads at the same rate for S seconds first, not counted: in the first minute of reads both
 * JVMs are still compiling the read's code (the server's C2 compiler took about half its CPU then).
 * All stop after their time or request cap.
 */
public class HttpLoad {

    static final String PROCESS_KEY = "bench-ten-user-tasks";
    static final Pattern FIRST_ID = Pattern.compile("\"items\"\\s*:\\s*\\[\\s*\\{[^}]*?\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    /** Threads that send the status reads: each holds one connection, so at most this many reads are in flight. */
    static final int STATUS_SENDERS = 32;

    final URI base;
    /** The API the ten-task scenario calls: the service's, or Camunda's stock engine-rest (bench/stock-engine-rest). */
    final TaskCalls calls;
    final Map<String, String> auth = new HashMap<>();
    final long serverPid;
    /** Every client thread's connection, so that the run can close them all at the end. */
    final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    final ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
        Connection opened = new Connection(this);
        connections.add(opened);
        return opened;
    });

    HttpLoad(URI base, long serverPid, TaskCalls calls) {
        this.base = base;
        this.calls = calls;
        this.serverPid = serverPid;
        for (String user : List.of("admin", "disnaker", "dukcapil", "imigrasi", "kesehatan", "polri", "bpjs",
                "perbankan", "sbmi", "bp3mi")) {
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
        String scenario = opt.getOrDefault("scenario", "all");
        if (!Set.of("all", "tasks", "status", "predeparture", "predeparture-status").contains(scenario)) {
            options(new String[]{"?"});
        }
        TaskCalls calls = switch (opt.getOrDefault("api", "satu-atap")) {
            case "satu-atap" -> TaskCalls.SATU_ATAP;
            case "engine-rest" -> TaskCalls.ENGINE_REST;
            default -> null;
        };
        // engine-rest has only the ten-task calls; the status reads are the service's
        if (calls == null || calls == TaskCalls.ENGINE_REST && !scenario.equals("tasks")) {
            options(new String[]{"?"});
        }
        var load = new HttpLoad(base, Long.parseLong(opt.getOrDefault("pid", "0")), calls);
        // "all" is the ten-task scenario and status reads of its instances; "predeparture-status" the same over
        // applications. "status" alone reads the instances given by --status-ids (or starts 20 itself).
        boolean applications = scenario.startsWith("predeparture");
        List<String> ids = new CopyOnWriteArrayList<>();
        if (!opt.getOrDefault("status-ids", "").isEmpty()) {
            ids.addAll(Arrays.asList(opt.get("status-ids").split(",")));
        }
        if (!scenario.equals("status")) {
            int warmup = Integer.parseInt(opt.getOrDefault("warmup", "15"));
            int seconds = Integer.parseInt(opt.getOrDefault("seconds", "60"));
            long maxRequests = Long.parseLong(opt.getOrDefault("max-requests", "500000"));
            if (warmup > 0) {
                System.out.printf("%s: %d s warm-up (not counted)%n", applications ? "predeparture" : "tasks", warmup);
            }
            if (applications) {
                if (warmup > 0) load.predeparture(clients, warmup, Long.MAX_VALUE, Long.MAX_VALUE, ids, false);
                load.predeparture(clients, seconds, maxRequests,
                        Long.parseLong(opt.getOrDefault("max-applications", String.valueOf(Long.MAX_VALUE))), ids, true);
            } else {
                if (warmup > 0) load.tasks(clients, warmup, Long.MAX_VALUE, ids, false);
                load.tasks(clients, seconds, maxRequests, ids, true);
            }
        }
        if (!scenario.equals("tasks") && !scenario.equals("predeparture")) {
            int rate = Integer.parseInt(opt.getOrDefault("rate", "300"));
            String user = opt.getOrDefault("status-user", "disnaker");
            String path = opt.getOrDefault("status-path", applications ? "/api/v1/applications/{id}" : "/api/v1/process-instances/{id}");
            int warmup = Integer.parseInt(opt.getOrDefault("status-warmup", "0"));
            if (warmup > 0) {
                System.out.printf("%nstatus: %d s warm-up at the same rate (not counted)%n", warmup);
                load.status(rate, warmup, user, path, ids, false);
            }
            load.status(rate, Integer.parseInt(opt.getOrDefault("status-seconds", "30")), user, path, ids, true);
        }
        load.connections.forEach(Connection::close);
        System.exit(0);
    }

    interface Client {
        void run() throws Exception;
    }

    /** Runs {@code clients} copies of {@code client} at once and waits for all of them. */
    static void runClients(int clients, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    client.run();
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdown();
        }
    }

    // ---- scenario: start and complete ten tasks per instance, per client ----

    /** Start an instance, list its open tasks, complete one: paths, the start's body and answer on one API. */
    record TaskCalls(String startPath, boolean keyInBody, int started, String listByBusinessKey, Pattern firstTask,
                     String task) {
        static final TaskCalls SATU_ATAP = new TaskCalls("/api/v1/process-instances", true, 201,
                "/api/v1/tasks?businessKey=", FIRST_ID, "/api/v1/tasks/");
        static final TaskCalls ENGINE_REST = new TaskCalls("/engine-rest/process-definition/key/" + PROCESS_KEY + "/start",
                false, 200, "/engine-rest/task?processInstanceBusinessKey=", ID, "/engine-rest/task/");

        String startBody(String businessKey) {
            return keyInBody
                    ? "{\"processKey\":\"" + PROCESS_KEY + "\",\"businessKey\":\"" + businessKey + "\"}"
                    : "{\"businessKey\":\"" + businessKey + "\"}";
        }
    }

    void tasks(int clients, int seconds, long maxRequests, List<String> instances, boolean report) throws Exception {
        Recorder start = new Recorder(), list = new Recorder(), complete = new Recorder();
        AtomicLong requests = new AtomicLong(), failures = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Usage before = usage();
        runClients(clients, () -> {
            while (System.nanoTime() < deadline && requests.get() < maxRequests) {
                String businessKey = "bench-" + UUID.randomUUID();
                var started = timed(start, requests, post("admin", calls.startPath(), calls.startBody(businessKey)));
                if (started.statusCode() != calls.started()) {
                    failures.incrementAndGet();
                    continue;
                }
                instances.add(match(ID, started.body()));
                while (System.nanoTime() < deadline && requests.get() < maxRequests) {
                    var open = timed(list, requests, get("disnaker", calls.listByBusinessKey() + businessKey));
                    String taskId = open.statusCode() == 200 ? match(calls.firstTask(), open.body()) : null;
                    if (taskId == null) {
                        if (open.statusCode() != 200) failures.incrementAndGet();
                        break;
                    }
                    var done = timed(complete, requests, post("disnaker", calls.task() + taskId + "/complete",
                            "{\"variables\":{}}"));
                    if (done.statusCode() != 204) failures.incrementAndGet();
                }
            }
        });
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

    // ---- scenario: complete pre-departure applications, per client ----

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Pattern TASK_ITEM = Pattern.compile("\\{[^{}]*\\}");
    static final Pattern TASK_KEY = Pattern.compile("\"taskDefinitionKey\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern TASK_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]+)\"");
    static final String FATHER_NAME = "Rohmat Sudirja";
    static final String WORKER_NAME = "Siti Nur Aminah";
    /** Desk account that verifies each document type (document-desk.dmn). */
    static final Map<String, String> DESK_OF = Map.ofEntries(
            Map.entry("KTP", "dukcapil"), Map.entry("KK", "dukcapil"), Map.entry("BIRTH_CERTIFICATE", "dukcapil"),
            Map.entry("MARRIAGE_STATUS", "disnaker"), Map.entry("FAMILY_CONSENT", "disnaker"),
            Map.entry("COMPETENCY_CERTIFICATE", "disnaker"), Map.entry("PASSPORT", "imigrasi"),
            Map.entry("MEDICAL_CHECK", "kesehatan"), Map.entry("SKCK", "polri"), Map.entry("BPJS_CARD", "bpjs"));
    static final List<String> IDENTITY_DOCUMENTS =
            List.of("KTP", "KK", "BIRTH_CERTIFICATE", "MARRIAGE_STATUS", "FAMILY_CONSENT", "COMPETENCY_CERTIFICATE");
    static final List<String> DESK_DOCUMENTS = List.of("PASSPORT", "MEDICAL_CHECK", "SKCK", "BPJS_CARD");

    /** Request kinds of one application, each with its own latencies. */
    final class Journey {
        final Recorder register = new Recorder(), apply = new Recorder(), upload = new Recorder(), list = new Recorder(),
                complete = new Recorder(), view = new Recorder();
        final AtomicLong requests = new AtomicLong(), failures = new AtomicLong(), completed = new AtomicLong();
        final long maxRequests, maxApplications;
        final long deadline;

        Journey(long deadline, long maxRequests, long maxApplications) {
            this.deadline = deadline;
            this.maxRequests = maxRequests;
            this.maxApplications = maxApplications;
        }

        boolean inTime() {
            return System.nanoTime() < deadline && requests.get() < maxRequests && completed.get() < maxApplications;
        }

        /** One application from registration to ID PMI; its id when it ended READY_TO_DEPART, else null. */
        String run() throws IOException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            // Ages 22 to 40: eligible for every sector (placement-eligibility.dmn).
            LocalDate birthDate = LocalDate.now().minusYears(22).minusDays(random.nextInt(18 * 365));
            String fatherNik = "3209151003700" + String.format("%03d", random.nextInt(1, 1000));
            String workerId = null;
            String nik = null;
            for (int attempt = 0; attempt < 5 && workerId == null && inTime(); attempt++) {
                nik = nik("320915", birthDate, true, random.nextInt(1, 10000));
                var registered = timed(register, requests, post("disnaker", "/api/v1/workers", workerJson(nik, birthDate, fatherNik)));
                if (registered.statusCode() == 201) {
                    workerId = match(ID, registered.body());
                } else if (registered.statusCode() != 409) { // 409: the random NIK exists already, draw another
                    return fail("register worker", registered);
                }
            }
            if (workerId == null) return null;
            var filed = timed(apply, requests, post("disnaker", "/api/v1/applications",
                    "{\"workerId\":\"" + workerId + "\",\"destinationCountry\":\"TW\",\"sector\":\"MANUFACTURING\","
                            + "\"jobTitle\":\"Factory operator\",\"employerName\":\"Formosa Electronics Ltd\",\"scheme\":\"P3MI\","
                            + "\"placementAgencyLicense\":\"P3MI-2024-0117\"}"));
            if (filed.statusCode() != 201) return fail("file application", filed);
            String applicationId = match(ID, filed.body());

            if (!completeTask(applicationId, "disnaker", "check-job-order",
                    "{\"jobOrderNumber\":\"JO-TW-2025-0042\",\"jobOrderValid\":true}")) return null;
            for (String type : IDENTITY_DOCUMENTS) {
                if (!uploadAndVerify(applicationId, type, nik, birthDate, fatherNik)) return null;
            }
            if (!completeTask(applicationId, "disnaker", "recommend-passport", "{\"recommendationNumber\":\"REK-562/2025\"}")) return null;
            for (String type : DESK_DOCUMENTS) {
                if (!uploadAndVerify(applicationId, type, nik, birthDate, fatherNik)) return null;
            }
            if (!completeTask(applicationId, "perbankan", "open-wage-account", "{\"bankName\":\"Bank BRI\",\"accountOpened\":true}")
                    || !completeTask(applicationId, "sbmi", "offer-counselling", "{\"counselling\":\"DECLINED\"}")
                    || !completeTask(applicationId, "bp3mi", "attend-orientation",
                    "{\"oppCertificateNumber\":\"OPP-3209-771\",\"familyConsentReconfirmed\":true}")
                    || !completeTask(applicationId, "disnaker", "sign-contract",
                    "{\"contractNumber\":\"PK-2025-0091\",\"departureDate\":\"" + LocalDate.now().plusDays(30) + "\"}")) {
                return null;
            }
            var seen = timed(view, requests, get("disnaker", "/api/v1/applications/" + applicationId));
            if (seen.statusCode() != 200 || !"READY_TO_DEPART".equals(match(STATUS, seen.body()))) {
                return fail("final state " + match(STATUS, seen.body()), seen);
            }
            completed.incrementAndGet();
            return applicationId;
        }

        boolean uploadAndVerify(String applicationId, String type, String nik, LocalDate birthDate, String fatherNik)
                throws IOException {
            if (!inTime()) return false;
            String boundary = "bench" + UUID.randomUUID();
            var uploaded = timed(upload, requests, new Request("POST", "/api/v1/applications/" + applicationId + "/documents",
                    auth.get("disnaker"), "multipart/form-data; boundary=" + boundary,
                    multipart(boundary, type, metadata(type, nik, birthDate, fatherNik))));
            if (uploaded.statusCode() != 201) {
                fail("upload " + type, uploaded);
                return false;
            }
            return completeTask(applicationId, DESK_OF.get(type), "Verify " + type, "{\"decision\":\"VERIFIED\"}");
        }

        /** Lists the desk's open tasks of the application, as its client does, and completes the one named. */
        boolean completeTask(String applicationId, String user, String keyOrName, String variables)
                throws IOException {
            if (!inTime()) return false;
            var open = timed(list, requests, get(user, "/api/v1/tasks?businessKey=" + applicationId));
            if (open.statusCode() != 200) {
                fail("list tasks", open);
                return false;
            }
            String taskId = null;
            Matcher item = TASK_ITEM.matcher(open.body());
            while (taskId == null && item.find()) {
                String json = item.group();
                if (keyOrName.equals(match(TASK_KEY, json)) || keyOrName.equals(match(TASK_NAME, json))) {
                    taskId = match(ID, json);
                }
            }
            if (taskId == null) {
                fail(user + " has no task " + keyOrName, open);
                return false;
            }
            var done = timed(complete, requests, post(user, "/api/v1/tasks/" + taskId + "/complete", "{\"variables\":" + variables + "}"));
            if (done.statusCode() != 204) {
                fail("complete " + keyOrName, done);
                return false;
            }
            return true;
        }

        String fail(String what, Response response) {
            // The first few failures say why; the count is in the report.
            if (failures.incrementAndGet() <= 3) {
                System.err.printf("  failed: %s -> %d %s%n", what, response.statusCode(),
                        response.body().substring(0, Math.min(300, response.body().length())));
            }
            return null;
        }
    }

    void predeparture(int clients, int seconds, long maxRequests, long maxApplications, List<String> applications,
                      boolean report) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Journey journey = new Journey(deadline, maxRequests, maxApplications);
        Usage before = usage();
        runClients(clients, () -> {
            while (journey.inTime()) {
                String id = journey.run();
                if (id != null) applications.add(id);
            }
        });
        double elapsed = (System.nanoTime() - deadline + TimeUnit.SECONDS.toNanos(seconds)) / 1e9;
        if (!report) return;
        Usage after = usage();
        System.out.printf("%npredeparture: %d clients, %.1f s, %d requests, %d failed%n", clients, elapsed,
                journey.requests.get(), journey.failures.get());
        System.out.printf("  applications completed/s  %.2f   (%d READY_TO_DEPART; unfinished ones at the deadline are not counted)%n",
                journey.completed.get() / elapsed, journey.completed.get());
        journey.register.print("register worker ");
        journey.apply.print("file application");
        journey.upload.print("upload document ");
        journey.list.print("list open tasks ");
        journey.complete.print("complete task   ");
        journey.view.print("view application");
        after.printSince(before, "per completed application", journey.completed.get());
    }

    /** A valid NIK: district, birth date (day + 40 for women), serial 0001-9999 (worker/NikNumber). */
    static String nik(String district, LocalDate birthDate, boolean female, int serial) {
        int day = birthDate.getDayOfMonth() + (female ? 40 : 0);
        return district + String.format("%02d%02d%02d%04d", day, birthDate.getMonthValue(), birthDate.getYear() % 100, serial);
    }

    static String workerJson(String nik, LocalDate birthDate, String fatherNik) {
        return "{\"nik\":\"" + nik + "\",\"fullName\":\"" + WORKER_NAME + "\",\"sex\":\"FEMALE\",\"birthDate\":\"" + birthDate
                + "\",\"birthPlace\":\"Cirebon\",\"maritalStatus\":\"SINGLE\",\"address\":{\"village\":\"Gebang\",\"district\":\"Gebang\","
                + "\"regencyCode\":\"3209\",\"provinceCode\":\"32\"},\"familyMembers\":[{\"name\":\"" + FATHER_NAME + "\",\"nik\":\""
                + fatherNik + "\",\"relation\":\"FATHER\"}]}";
    }

    /** What an honest document states: it agrees with the worker record and the KK, so no red flag is raised. */
    static String metadata(String type, String nik, LocalDate birthDate, String fatherNik) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return switch (type) {
            case "KTP", "KK" -> "{\"holderName\":\"" + WORKER_NAME.toUpperCase() + "\",\"holderBirthDate\":\"" + birthDate
                    + "\",\"holderSex\":\"FEMALE\",\"holderNik\":\"" + nik + "\"}";
            case "BIRTH_CERTIFICATE" -> "{\"holderName\":\"" + WORKER_NAME.toUpperCase() + "\",\"holderBirthDate\":\"" + birthDate
                    + "\",\"holderSex\":\"FEMALE\"}";
            case "PASSPORT" -> "{\"holderName\":\"" + WORKER_NAME.toUpperCase() + "\",\"holderBirthDate\":\"" + birthDate
                    + "\",\"holderSex\":\"FEMALE\",\"number\":\"C" + random.nextInt(1000000, 9999999) + "\",\"expiresOn\":\""
                    + LocalDate.now().plusYears(5) + "\"}";
            case "FAMILY_CONSENT" -> "{\"signerName\":\"" + FATHER_NAME + "\",\"signerNik\":\"" + fatherNik + "\",\"signerRelation\":\"FATHER\"}";
            case "MEDICAL_CHECK" -> "{\"issuedOn\":\"" + LocalDate.now() + "\"}";
            default -> "{\"number\":\"" + type + "-" + random.nextInt(1000, 9999) + "\"}";
        };
    }

    static byte[] multipart(String boundary, String type, String metadataJson) {
        var out = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + metadataJson + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + type.toLowerCase()
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(PDF);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // ---- scenario: status reads at a fixed rate ----

    void status(int rate, int seconds, String user, String pathTemplate, List<String> instances, boolean report) throws Exception {
        if (instances.isEmpty() && pathTemplate.contains("/applications/")) {
            System.out.println("\nstatus: no completed application to read (run predeparture-status, or pass --status-ids)");
            return;
        }
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
        // At most this many open requests (sent or waiting for a sender): a server that falls behind gets dropped
        // requests, not an unbounded queue.
        Semaphore open = new Semaphore(256);
        ExecutorService senders = Executors.newFixedThreadPool(STATUS_SENDERS);
        long total = (long) rate * seconds;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        Usage before = usage();
        long t0 = System.nanoTime();
        Random random = new Random(42);
        for (long i = 0; i < total; i++) {
            long due = t0 + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            String id = instances.get(random.nextInt(instances.size()));
            if (!open.tryAcquire()) {
                dropped.incrementAndGet();
                continue;
            }
            Request request = get(user, pathTemplate.replace("{id}", id));
            senders.execute(() -> {
                boolean ok = false;
                try {
                    ok = send(request).statusCode() == 200;
                } catch (IOException e) {
                    // counted below; the connection was closed and the next read opens a new one
                } finally {
                    read.add(System.nanoTime() - due);
                    if (!ok) failures.incrementAndGet();
                    open.release();
                }
            });
        }
        // All permits back = every request answered or failed. No list of futures: 9,000 of them kept alive
        // made the generator's own collection pauses (20-50 ms) part of the measured tail.
        if (open.tryAcquire(256, 40, TimeUnit.SECONDS)) {
            open.release(256);
        }
        senders.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Usage after = usage();
        if (!report) {
            return;
        }
        System.out.printf("%nstatus: GET %s as %s, target %d req/s for %d s over %d instances%n",
                pathTemplate, user, rate, seconds, instances.size());
        System.out.printf("  achieved %.1f req/s, %d answered, %d failed, %d dropped (over 256 open)%n",
                read.count() / elapsed, read.count(), failures.get(), dropped.get());
        read.print("read status     ");
        after.printSince(before, "per read", read.count());
    }

    // ---- HTTP helpers ----

    Request get(String user, String path) {
        return new Request("GET", path, auth.get(user), null, null);
    }

    Request post(String user, String path, String json) {
        return new Request("POST", path, auth.get(user), "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Over the calling thread's own keep-alive connection. */
    Response send(Request request) throws IOException {
        return connection.get().exchange(request);
    }

    Response timed(Recorder recorder, AtomicLong requests, Request request) throws IOException {
        long started = System.nanoTime();
        var response = send(request);
        recorder.add(System.nanoTime() - started);
        requests.incrementAndGet();
        return response;
    }

    record Request(String method, String path, String authorization, String contentType, byte[] body) {
    }

    record Response(int statusCode, String body) {
    }

    /**
     * One blocking HTTP/1.1 keep-alive connection, just enough of the protocol for this API on loopback. The JDK's
     * HttpClient spent 1.0-1.4 ms of CPU per request here (more than the server spends on a status read) on the two
     * cores the server runs on; a plain socket costs a small fraction of that.
     */
    static final class Connection {
        private final HttpLoad load;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(HttpLoad load) {
            this.load = load;
        }

        Response exchange(Request request) throws IOException {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(load.base.getHost(), load.base.getPort()), 5_000);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    out = socket.getOutputStream();
                }
                write(request);
                return read();
            } catch (IOException | RuntimeException e) {
                close(); // its state is unknown now; the next request opens a new one
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }

        private void write(Request request) throws IOException {
            byte[] body = request.body() == null ? new byte[0] : request.body();
            var head = new StringBuilder(256).append(request.method()).append(' ').append(request.path())
                    .append(" HTTP/1.1\r\nHost: ").append(load.base.getHost()).append(':').append(load.base.getPort())
                    .append("\r\nAuthorization: ").append(request.authorization())
                    .append("\r\nAccept: application/json\r\n");
            if (request.contentType() != null) head.append("Content-Type: ").append(request.contentType()).append("\r\n");
            if (!request.method().equals("GET")) head.append("Content-Length: ").append(body.length).append("\r\n");
            byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = Arrays.copyOf(start, start.length + body.length);
            System.arraycopy(body, 0, all, start.length, body.length);
            out.write(all); // one write: headers and body in one segment
            out.flush();
        }

        private Response read() throws IOException {
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) throw new IOException("bad status line " + statusLine);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false, close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> close = value.equals("close");
                    default -> { }
                }
            }
            byte[] body;
            if (status == 204 || status == 304) {
                body = new byte[0];
            } else if (chunked) {
                body = chunkedBody();
            } else if (length >= 0) {
                body = exactly((int) length);
            } else {
                body = in.readAllBytes(); // no length: the body ends with the connection
                close = true;
            }
            if (close) close();
            return new Response(status, new String(body, StandardCharsets.UTF_8));
        }

        private byte[] chunkedBody() throws IOException {
            var body = new ByteArrayOutputStream();
            for (;;) {
                String size = line();
                int extension = size.indexOf(';');
                int n = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                if (n == 0) {
                    while (!line().isEmpty()) { } // trailers
                    return body.toByteArray();
                }
                body.writeBytes(exactly(n));
                line(); // the CRLF after the chunk
            }
        }

        private byte[] exactly(int n) throws IOException {
            byte[] bytes = in.readNBytes(n);
            if (bytes.length < n) throw new EOFException("connection closed in a body");
            return bytes;
        }

        private String line() throws IOException {
            var line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) throw new EOFException("connection closed");
                if (b != '\r') line.append((char) b);
            }
            return line.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
        }
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
                System.err.println("options: --base=URL --pid=N --scenario=all|tasks|status|predeparture|predeparture-status"
                        + " --api=satu-atap|engine-rest (engine-rest: scenario tasks only)"
                        + " --clients=16 --warmup=15 --seconds=60 --max-requests=500000 --max-applications=N (predeparture) --rate=300 --status-seconds=30 --status-warmup=0"
                        + " --status-user=disnaker|admin --status-path=/api/v1/process-instances/{id} (predeparture-status:"
                        + " /api/v1/applications/{id}) --status-ids=id,id,... (scenario status)");
                System.exit(2);
            }
            opt.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return opt;
    }
}
