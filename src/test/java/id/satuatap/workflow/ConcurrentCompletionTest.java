package id.satuatap.workflow;

import io.quarkus.test.junit.QuarkusTest;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.satuatap.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two desk clients complete the same task at the same moment. Whichever way their reads and writes interleave,
 * one gets 204 and the other 409, never a 404 or 422 from a task that vanished between two reads.
 */
@QuarkusTest
class ConcurrentCompletionTest {

    private static final int PAIRS = 20;

    @Inject HistoryService history;

    @Test
    void oneOfTwoSimultaneousCompletionsWinsAndTheOtherGetsConflict() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        try {
            for (int i = 0; i < PAIRS; i++) {
                String businessKey = "RACE-" + UUID.randomUUID();
                instances.add(as("admin").body(Map.of("processKey", "sample-desk-review", "businessKey", businessKey))
                        .post("/api/v1/process-instances").then().statusCode(201).extract().path("id"));
                String task = as("disnaker").queryParam("businessKey", businessKey).get("/api/v1/tasks")
                        .then().statusCode(200).extract().path("items[0].id");
                CountDownLatch go = new CountDownLatch(1);
                Callable<Integer> complete = () -> {
                    go.await();
                    return as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-" + businessKey)))
                            .post("/api/v1/tasks/" + task + "/complete").statusCode();
                };
                Future<Integer> first = clients.submit(complete);
                Future<Integer> second = clients.submit(complete);
                go.countDown();
                outcomes.add(Math.min(first.get(), second.get()) + "+" + Math.max(first.get(), second.get()));
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(List.of("204+409"), outcomes.stream().distinct().toList(), "status pairs: " + outcomes);
        for (String instance : instances) {
            assertEquals(1, history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                    .taskDefinitionKey("check-identity").count(), "the process moved on once");
        }
    }
}
