import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up every acknowledged request of {@code acks.tsv} in PostgreSQL, and checks that nothing in the database
 * is half-written or written twice, whether the client heard back or not.
 */
final class Verify {

    private Verify() {
    }

    static int run(Map<String, String> opts) throws Exception {
        Map<String, List<String[]>> acks = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(opts.get("out")).resolve("acks.tsv"))) {
            String[] f = line.split("\t");
            acks.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        int failed = 0;
        try (Db db = Db.open(opts)) {
            failed += acknowledged(db, acks, "worker", "workers registered",
                    "select id from worker where id = any(?)");
            failed += acknowledged(db, acks, "application", "applications filed, each with its process (same business key)",
                    "select a.id from pd_application a join act_hi_procinst p on p.id_ = a.process_instance_id "
                            + "and p.business_key_ = a.id where a.id = any(?)");
            failed += acknowledged(db, acks, "instance", "process instances started",
                    "select id_ from act_hi_procinst where id_ = any(?)");
            failed += acknowledged(db, acks, "task-registration", "first tasks completed",
                    "select id_ from act_hi_taskinst where id_ = any(?) and end_time_ is not null and delete_reason_ = 'completed'");
            failed += acknowledged(db, acks, "task-identity", "second tasks completed",
                    "select id_ from act_hi_taskinst where id_ = any(?) and end_time_ is not null and delete_reason_ = 'completed'");
            crossNode(acks);
            failed += none(db, "applications IN_PROGRESS without their process instance",
                    "select count(*) from pd_application a where a.status = 'IN_PROGRESS' and not exists "
                            + "(select 1 from act_hi_procinst p where p.id_ = a.process_instance_id)");
            failed += none(db, "pre-departure instances without their application",
                    "select count(*) from act_hi_procinst p where p.proc_def_key_ = 'pre-departure' and not exists "
                            + "(select 1 from pd_application a where a.id = p.business_key_)");
            failed += none(db, "pre-departure instances that stopped at their start event",
                    "select count(*) from act_hi_procinst p where p.proc_def_key_ = 'pre-departure' and not exists "
                            + "(select 1 from act_hi_actinst a where a.proc_inst_id_ = p.id_ and a.act_type_ <> 'startEvent')");
            failed += none(db, "business keys with more than one instance (a retry that did the work twice)",
                    "select count(*) from (select business_key_ from act_hi_procinst where proc_def_key_ in "
                            + "('sample-desk-review', 'pre-departure') group by business_key_ having count(*) > 1) d");
            failed += none(db, "sample instances without their first task",
                    "select count(*) from act_hi_procinst p where p.proc_def_key_ = 'sample-desk-review' and not exists "
                            + "(select 1 from act_hi_taskinst t where t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'record-registration')");
            failed += none(db, "first tasks completed without the second task created",
                    "select count(*) from act_hi_taskinst t where t.task_def_key_ = 'record-registration' and t.end_time_ is not null "
                            + "and not exists (select 1 from act_hi_taskinst u where u.proc_inst_id_ = t.proc_inst_id_ "
                            + "and u.task_def_key_ = 'check-identity')");
            // The receipt step's own history row: variable history (ACT_HI_VARINST) is not written by this service.
            failed += none(db, "second tasks completed without the instance ended with its receipt",
                    "select count(*) from act_hi_taskinst t where t.task_def_key_ = 'check-identity' and t.end_time_ is not null "
                            + "and not exists (select 1 from act_hi_procinst p join act_hi_actinst r on r.proc_inst_id_ = p.id_ "
                            + "and r.act_id_ = 'record-receipt' and r.end_time_ is not null where p.id_ = t.proc_inst_id_ "
                            + "and p.end_time_ is not null and p.end_act_id_ = 'review-completed')");
            failed += none(db, "running sample instances without exactly one open task",
                    "select count(*) from act_hi_procinst p where p.proc_def_key_ = 'sample-desk-review' and p.end_time_ is null "
                            + "and (select count(*) from act_ru_task t where t.proc_inst_id_ = p.id_) <> 1");
            failed += none(db, "tasks created twice in one instance",
                    "select count(*) from (select proc_inst_id_, task_def_key_ from act_hi_taskinst where proc_def_key_ = "
                            + "'sample-desk-review' group by proc_inst_id_, task_def_key_ having count(*) > 1) d");
            System.out.printf("In the database: %d workers, %d applications, %d sample instances (%d ended), %d tasks completed%n",
                    db.count("select count(*) from worker"), db.count("select count(*) from pd_application"),
                    db.count("select count(*) from act_hi_procinst where proc_def_key_ = 'sample-desk-review'"),
                    db.count("select count(*) from act_hi_procinst where proc_def_key_ = 'sample-desk-review' and end_time_ is not null"),
                    db.count("select count(*) from act_hi_taskinst where proc_def_key_ = 'sample-desk-review' and end_time_ is not null"));
        }
        return failed;
    }

    private static int acknowledged(Db db, Map<String, List<String[]>> acks, String kind, String what, String sql) throws Exception {
        List<String> ids = acks.getOrDefault(kind, List.of()).stream().map(f -> f[1]).toList();
        var found = db.found(sql, ids);
        List<String> missing = ids.stream().filter(id -> !found.contains(id)).toList();
        missing.stream().limit(5).forEach(id -> System.out.println("  missing " + kind + " " + id));
        return Checks.line(what + ": acknowledged (2xx) / found in DB", ids.size() + " / " + found.size(),
                missing.isEmpty() && !ids.isEmpty());
    }

    private static int none(Db db, String what, String sql) throws Exception {
        long count = db.count(sql);
        return Checks.line("none: " + what, Long.toString(count), count == 0);
    }

    /** How much of the work crossed nodes: started on one, its first task completed on another. */
    private static void crossNode(Map<String, List<String[]>> acks) {
        Map<String, String> startedOn = new HashMap<>();
        acks.getOrDefault("instance", List.of()).forEach(f -> startedOn.put(f[1], f[3]));
        Map<String, Integer> pairs = new java.util.TreeMap<>();
        for (String[] f : acks.getOrDefault("task-registration", List.of())) {
            String from = startedOn.get(f[2]);
            pairs.merge("started on node " + from + ", first task completed on node " + f[3], 1, Integer::sum);
        }
        pairs.forEach((pair, n) -> System.out.println("  " + pair + ": " + n));
    }
}
