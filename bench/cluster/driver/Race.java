import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Two clients complete the same task at the same moment (through two nodes when there are two): exactly one
 * may succeed, the other must get 409, and the process must move on once.
 */
final class Race {

    private Race() {
    }

    static int run(Map<String, String> opts) throws Exception {
        List<String> nodes = List.of(opts.get("nodes").split(","));
        Http http = new Http(nodes, new Stats(null));
        int count = Integer.parseInt(opts.getOrDefault("count", "20"));
        String prefix = opts.getOrDefault("prefix", "race");
        int second = nodes.size() > 1 ? 1 : 0;
        ExecutorService clients = Executors.newFixedThreadPool(2);
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> conflicts = new TreeMap<>();
        List<String> instances = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < count; i++) {
            String key = prefix + "-" + i;
            var started = http.send("start-instance", 0, "POST", "/api/v1/process-instances", "admin",
                    Json.write(Map.of("processKey", "sample-desk-review", "businessKey", key)), key, Duration.ofSeconds(30));
            var list = http.send("list-tasks", second, "GET", "/api/v1/tasks?businessKey=" + key, "disnaker", null, null,
                    Duration.ofSeconds(30));
            if (!started.ok() || !list.ok() || Json.itemIds(list.body()).size() != 1) {
                failed += Checks.line("race set-up " + key, started.status() + "/" + list.status(), false);
                continue;
            }
            instances.add(Json.field(started.body(), "id"));
            String path = "/api/v1/tasks/" + Json.itemIds(list.body()).get(0) + "/complete";
            String body = Json.write(Map.of("variables", Map.of("jobOrderNumber", "JO-" + key)));
            CountDownLatch go = new CountDownLatch(1);
            var a = CompletableFuture.supplyAsync(() -> await(go, () -> http.once("race-complete", 0, "POST", path, "disnaker", body)), clients);
            var b = CompletableFuture.supplyAsync(() -> await(go, () -> http.once("race-complete", second, "POST", path, "disnaker", body)), clients);
            Http.sleep(20);
            go.countDown();
            Http.Answer first = a.get();
            Http.Answer other = b.get();
            int low = Math.min(first.status(), other.status());
            int high = Math.max(first.status(), other.status());
            outcomes.merge(low + "+" + high, 1, Integer::sum);
            for (Http.Answer answer : List.of(first, other)) {
                if (answer.status() == 409) {
                    conflicts.merge(Json.field(answer.body(), "detail"), 1, Integer::sum);
                }
            }
        }
        clients.shutdown();
        int winners = outcomes.getOrDefault("204+409", 0);
        System.out.println("Race outcomes (status pairs): " + outcomes);
        conflicts.forEach((detail, n) -> System.out.println("  409 \"" + detail + "\": " + n));
        failed += Checks.line("two clients complete one task at once: exactly one 2xx, the other 409",
                winners + " / " + count + " pairs", winners == count);
        try (Db db = Db.open(opts)) {
            long once = db.count("select count(*) from act_hi_procinst p where p.id_ = any(?) "
                    + "and (select count(*) from act_hi_taskinst t where t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'record-registration' "
                    + "and t.end_time_ is not null) = 1 and (select count(*) from act_hi_taskinst t where t.proc_inst_id_ = p.id_ "
                    + "and t.task_def_key_ = 'check-identity') = 1", db.array(instances));
            failed += Checks.line("raced tasks completed once, next task created once (DB)", once + " / " + count, once == count);
        }
        return failed;
    }

    private static Http.Answer await(CountDownLatch go, java.util.function.Supplier<Http.Answer> call) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return call.get();
    }
}
