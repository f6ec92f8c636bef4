import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SLA timers across the cluster: instances of cluster-sla-check started on both nodes, all due at one instant,
 * so both job executors compete for them; then counts in the database that each fired exactly once.
 */
final class Timers {

    private static final String INSTANCES = "timer-instances.tsv";
    private static final String LOCKS = "locks-at-kill.tsv";

    private Timers() {
    }

    /**
     * Starts {@code --count} instances, alternating nodes; their timers fall due one after another from {@code --due}
     * over {@code --spread} seconds, so both executors keep finding due jobs and compete for them.
     */
    static int start(Map<String, String> opts) throws Exception {
        List<String> nodes = List.of(opts.get("nodes").split(","));
        Http http = new Http(nodes, new Stats(null));
        int count = Integer.parseInt(opts.get("count"));
        Instant first = Instant.parse(opts.get("due"));
        long spreadMs = Long.parseLong(opts.getOrDefault("spread", "0")) * 1000;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Path out = Path.of(opts.get("out"));
        try (var file = new PrintWriter(Files.newBufferedWriter(out.resolve(INSTANCES)), true)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        Instant due = first.plusMillis(spreadMs * i / count);
                        var answer = http.send("start-sla-check", i % nodes.size(), "POST", "/api/v1/process-instances", "admin",
                                Json.write(Map.of("processKey", "cluster-sla-check", "businessKey", "sla-" + i,
                                        "variables", Map.of("reviewDueAt", due.toString()))), "sla-" + i, Duration.ofSeconds(60));
                        if (answer.ok()) {
                            synchronized (file) {
                                file.println(Json.field(answer.body(), "id") + "\t" + answer.node() + "\t" + due.toEpochMilli());
                            }
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
        }
        System.out.printf("Started %d of %d SLA-check instances, timers due from %s over %d s%n", count - failed.get(), count,
                first, spreadMs / 1000);
        return Checks.line("SLA-check instances started (2xx)", (count - failed.get()) + " / " + count, failed.get() == 0);
    }

    /** Right after the kill: the jobs the dead node had locked, which only the lock time will free. */
    static int locks(Map<String, String> opts) throws Exception {
        try (Db db = Db.open(opts); var file = new PrintWriter(Files.newBufferedWriter(Path.of(opts.get("out")).resolve(LOCKS)))) {
            var rows = db.rows("select id_, lock_owner_, lock_exp_time_ from act_ru_job where lock_owner_ = ?", opts.get("owner"));
            rows.forEach(r -> file.println(String.join("\t", r)));
            System.out.printf("Jobs locked by %s when it died: %d%s%n", opts.get("owner"), rows.size(),
                    rows.isEmpty() ? "" : " (lock expires " + rows.get(0).get(2) + ")");
        }
        return 0;
    }

    /** Waits until every timer fired (or {@code --timeout} s), then counts. */
    static int verify(Map<String, String> opts) throws Exception {
        Path out = Path.of(opts.get("out"));
        List<String[]> started = Files.readAllLines(out.resolve(INSTANCES)).stream().map(l -> l.split("\t")).toList();
        List<String> ids = started.stream().map(f -> f[0]).toList();
        Map<String, Long> due = new java.util.HashMap<>();
        started.forEach(f -> due.put(f[0], Long.parseLong(f[2])));
        long killedAt = Long.parseLong(opts.get("killed-at"));
        String killed = opts.get("killed-node");
        long deadline = System.currentTimeMillis() + Long.parseLong(opts.getOrDefault("timeout", "180")) * 1000;
        int failed = 0;
        try (Db db = Db.open(opts)) {
            var array = db.array(ids);
            long ended;
            while ((ended = db.count("select count(*) from act_hi_procinst where id_ = any(?) and end_time_ is not null", array)) < ids.size()
                    && System.currentTimeMillis() < deadline) {
                Http.sleep(2000);
            }
            System.out.printf("SLA-check instances ended: %d of %d, %.1f s after the kill%n", ended, ids.size(),
                    (System.currentTimeMillis() - killedAt) / 1000.0);
            lateness(db, array, due);
            failed += Checks.line("SLA-check instances acknowledged / found in DB", ids.size() + " / "
                    + db.count("select count(*) from act_hi_procinst where id_ = any(?)", array), true);
            failed += exactlyOnce(db, array, ids.size(), "timers fired (boundary event passed)",
                    "select proc_inst_id_, count(*) from act_hi_actinst where act_id_ = 'review-overdue' and proc_inst_id_ = any(?) group by proc_inst_id_");
            failed += exactlyOnce(db, array, ids.size(), "escalations recorded (service task ended)",
                    "select proc_inst_id_, count(*) from act_hi_actinst where act_id_ = 'record-escalation' and end_time_ is not null "
                            + "and proc_inst_id_ = any(?) group by proc_inst_id_");
            failed += exactlyOnce(db, array, ids.size(), "timer jobs executed successfully (job log)",
                    "select process_instance_id_, count(*) from act_hi_job_log where job_state_ = 2 and process_instance_id_ = any(?) "
                            + "group by process_instance_id_");
            long incidents = db.count("select count(*) from act_ru_incident where proc_inst_id_ = any(?)", array);
            failed += Checks.line("none: incidents on SLA-check instances", Long.toString(incidents), incidents == 0);
            db.countBy("select coalesce(job_exception_msg_, '?'), count(*) from act_hi_job_log where job_state_ = 1 "
                    + "and process_instance_id_ = any(?) group by 1", array)
                    .forEach((message, n) -> System.out.println("  failed attempt, retried: " + n + " x " + message));
            Timestamp kill = new Timestamp(killedAt);
            db.countBy("select hostname_ || case when timestamp_ < ? then ' before the kill' else ' after the kill' end, count(*) "
                    + "from act_hi_job_log where job_state_ = 2 and process_instance_id_ = any(?) group by 1 order by 1", kill, array)
                    .forEach((when, n) -> System.out.println("  timer jobs run by " + when + ": " + n));
            long createdOnKilled = db.count("select count(*) from act_hi_job_log c where c.job_state_ = 0 and c.hostname_ = ? "
                    + "and c.process_instance_id_ = any(?)", killed, array);
            long finishedForKilled = db.count("select count(*) from act_hi_job_log c join act_hi_job_log s on s.job_id_ = c.job_id_ "
                    + "and s.job_state_ = 2 and s.hostname_ <> ? where c.job_state_ = 0 and c.hostname_ = ? and c.process_instance_id_ = any(?)",
                    killed, killed, array);
            long ranOnKilledAfter = db.count("select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ? "
                    + "and timestamp_ > ? and process_instance_id_ = any(?)", killed, new Timestamp(killedAt + 1000), array);
            System.out.printf("  timer jobs created on %s: %d, run by the other node: %d%n", killed, createdOnKilled, finishedForKilled);
            failed += Checks.line("none: jobs run on " + killed + " after it was killed (sanity)", Long.toString(ranOnKilledAfter),
                    ranOnKilledAfter == 0);
            failed += orphans(db, out, killedAt);
        }
        return failed;
    }

    /** How long after their due time the timers fired: the job executor polls, it is not woken by a due date. */
    private static void lateness(Db db, java.sql.Array ids, Map<String, Long> due) throws Exception {
        List<Long> late = new ArrayList<>();
        for (List<String> row : db.rows("select proc_inst_id_, start_time_ from act_hi_actinst where act_id_ = 'review-overdue' "
                + "and proc_inst_id_ = any(?)", ids)) {
            late.add(Timestamp.valueOf(row.get(1)).getTime() - due.get(row.get(0)));
        }
        if (late.isEmpty()) {
            return;
        }
        late.sort(null);
        System.out.printf("  timers fired after their due time: least %.1f s, median %.1f s, most %.1f s%n",
                late.get(0) / 1000.0, late.get(late.size() / 2) / 1000.0, late.get(late.size() - 1) / 1000.0);
    }

    private static int exactlyOnce(Db db, java.sql.Array ids, int expected, String what, String sql) throws Exception {
        Map<String, Long> counts = db.countBy(sql, ids);
        long once = counts.values().stream().filter(n -> n == 1).count();
        long twice = counts.values().stream().filter(n -> n > 1).count();
        return Checks.line(what + ": exactly once / expected", once + " / " + expected + " (more than once: " + twice
                + ", never: " + (expected - counts.size()) + ")", once == expected && twice == 0);
    }

    /** The jobs the killed node held: each must have run afterwards on the survivor. */
    private static int orphans(Db db, Path out, long killedAt) throws Exception {
        Path file = out.resolve(LOCKS);
        List<String> jobs = Files.exists(file) ? Files.readAllLines(file).stream().map(l -> l.split("\t")[0]).toList() : List.of();
        if (jobs.isEmpty()) {
            System.out.println("  the killed node held no locked job at the moment of the kill");
            return 0;
        }
        List<List<String>> done = db.rows("select job_id_, hostname_, timestamp_ from act_hi_job_log where job_state_ = 2 "
                + "and job_id_ = any(?)", db.array(jobs));
        List<Long> delays = new ArrayList<>();
        for (List<String> row : done) {
            delays.add(Timestamp.valueOf(row.get(2)).getTime() - killedAt);
        }
        String summary = done.size() + " / " + jobs.size() + (delays.isEmpty() ? ""
                : ", run " + delays.stream().mapToLong(Long::longValue).min().getAsLong() / 1000 + "-"
                + delays.stream().mapToLong(Long::longValue).max().getAsLong() / 1000 + " s after the kill by "
                + done.stream().map(r -> r.get(1)).distinct().toList());
        return Checks.line("jobs locked by the killed node finished by the survivor after the lock expired", summary,
                done.size() == jobs.size());
    }
}
