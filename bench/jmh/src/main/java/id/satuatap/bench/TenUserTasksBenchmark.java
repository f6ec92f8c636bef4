package id.satuatap.bench;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.openjdk.jmh.annotations.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw Camunda engine on the ten-task model, in-process: the ceiling the HTTP API is measured against.
 * The engine is built as the service builds it (see {@link BenchEngine}).
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
    public static class Engine extends EngineState {
        final AtomicLong operations = cpu.operations;

        @Override
        Map<Object, Object> beans() {
            return Map.of();
        }

        @Override
        DeploymentBuilder models(DeploymentBuilder deployment) {
            return deployment.addClasspathResource("ten-user-tasks.bpmn");
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
     * What the service's complete endpoint asks of the engine on top: a claim before the completion (history names
     * the assignee) and the caller set as the authenticated user for the completion (the operation log names them),
     * both in one engine command as {@code UserTasks.complete} runs them. (The service also installs a history
     * producer that keeps the claim's assignee on the activity's history row; it changes which columns the row's one
     * update sets, not the statements, and is not copied here.)
     */
    @Benchmark
    public void taskCompletionsAsDeskUser(Engine engine, Client client) {
        Task task = engine.next(client);
        var configuration = (ProcessEngineConfigurationImpl) engine.engine.getProcessEngineConfiguration();
        var identity = engine.engine.getIdentityService();
        var taskService = engine.engine.getTaskService();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            taskService.claim(task.getId(), "disnaker");
            identity.setAuthentication("disnaker", List.of("DISNAKER"));
            try {
                taskService.complete(task.getId());
            } finally {
                identity.clearAuthentication();
            }
            return null;
        });
        engine.operations.incrementAndGet();
    }
}
