package id.satuatap.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.openjdk.jmh.annotations.*;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The raw Camunda engine on the ten-task model, in-process: the ceiling the HTTP API is measured against.
 * Settings follow workflow/ProcessEngineProducer (H2 file database, history full, UUID ids, schema update,
 * job executor on, engine and task metrics off); the pool has the service's 20 connections.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class TenUserTasksBenchmark {

    static final String PROCESS_KEY = "bench-ten-user-tasks";

    @State(Scope.Benchmark)
    public static class Engine {
        Path dir;
        ProcessEngine engine;
        /** Operations and CPU time per iteration: on a shared machine CPU per operation is the steadier figure. */
        final AtomicLong operations = new AtomicLong();
        private long cpuAtStart;

        @Setup(Level.Iteration)
        public void startCounting() {
            operations.set(0);
            cpuAtStart = processCpuNanos();
        }

        @TearDown(Level.Iteration)
        public void reportCpuPerOperation() {
            long ops = operations.get();
            System.out.printf("%n  [%d ops, %.2f ms CPU (all cores) per op]%n", ops,
                    ops == 0 ? 0.0 : (processCpuNanos() - cpuAtStart) / 1e6 / ops);
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        @Setup(Level.Trial)
        public void build() throws IOException {
            dir = Files.createTempDirectory("satuatap-jmh");
            var cfg = new StandaloneProcessEngineConfiguration();
            cfg.setProcessEngineName("bench-" + UUID.randomUUID());
            cfg.setJdbcDriver("org.h2.Driver");
            cfg.setJdbcUrl("jdbc:h2:file:" + dir.resolve("satuatap")
                    + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
            cfg.setJdbcUsername("sa");
            cfg.setJdbcPassword("");
            cfg.setJdbcMaxActiveConnections(20);
            cfg.setJdbcMaxIdleConnections(20);
            cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            cfg.setJobExecutorActivate(true);
            cfg.setIdGenerator(new StrongUuidGenerator());
            cfg.setHistoryTimeToLive("P180D");
            cfg.setEnforceHistoryTimeToLive(true);
            cfg.setMetricsEnabled(false);
            cfg.setTaskMetricsEnabled(false);
            engine = cfg.buildProcessEngine();
            engine.getRepositoryService().createDeployment().name("bench")
                    .addClasspathResource("ten-user-tasks.bpmn").deploy();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            engine.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }

        String start() {
            return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, UUID.randomUUID().toString()).getId();
        }

        /** The open task of an instance, starting a new instance when the last one has finished. */
        Task next(Client client) {
            Task task = client.instance == null ? null : openTask(client.instance);
            if (task == null) {
                client.instance = start();
                task = openTask(client.instance);
            }
            return task;
        }

        private Task openTask(String instance) {
            return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        }
    }

    /** One client works through its own instance, task by task, as the HTTP scenario's clients do. */
    @State(Scope.Thread)
    public static class Client {
        String instance;
    }

    @Benchmark
    public String processStarts(Engine engine) {
        engine.operations.incrementAndGet();
        return engine.start();
    }

    /** Task completions per second; every tenth completion is followed by the start of the next instance. */
    @Benchmark
    public void taskCompletions(Engine engine, Client client) {
        Task task = engine.next(client);
        engine.engine.getTaskService().complete(task.getId());
        engine.operations.incrementAndGet();
    }

    /**
     * What the service's complete endpoint asks of the engine on top: the caller set as the authenticated user
     * (so history and the user operation log record who did it) and a claim before the completion.
     */
    @Benchmark
    public void taskCompletionsAsDeskUser(Engine engine, Client client) {
        var identity = engine.engine.getIdentityService();
        identity.setAuthentication("disnaker", List.of("DISNAKER"));
        try {
            Task task = engine.next(client);
            engine.engine.getTaskService().claim(task.getId(), "disnaker");
            engine.engine.getTaskService().complete(task.getId());
            engine.operations.incrementAndGet();
        } finally {
            identity.clearAuthentication();
        }
    }
}
