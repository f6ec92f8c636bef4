package id.satuatap.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IdempotencyTest {

    @Inject RuntimeService runtime;

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResponseAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String businessKey = "IDEM-" + key;
        Map<String, Object> body = Map.of("processKey", "sample-desk-review", "businessKey", businessKey);
        String first = as("admin").header("Idempotency-Key", key).body(body).post("/api/v1/process-instances")
                .then().statusCode(201).header("Location", containsString("/api/v1/process-instances/"))
                .extract().path("id");
        as("admin").header("Idempotency-Key", key).body(body).post("/api/v1/process-instances")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is(first))
                .header("Location", endsWith(first));
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        as("admin").header("Idempotency-Key", key)
                .body(Map.of("processKey", "sample-desk-review", "businessKey", "A-" + key))
                .post("/api/v1/process-instances").then().statusCode(201);
        as("admin").header("Idempotency-Key", key)
                .body(Map.of("processKey", "sample-desk-review", "businessKey", "B-" + key))
                .post("/api/v1/process-instances").then().statusCode(422)
                .contentType("application/problem+json");
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceBusinessKey("B-" + key).count());
    }

    @Test
    void keysOfDifferentUsersDoNotCollideAndRefusalsReplay() {
        String key = UUID.randomUUID().toString();
        as("coordinator").header("Idempotency-Key", key)
                .body(Map.of("processKey", "sample-desk-review", "businessKey", "C-" + key))
                .post("/api/v1/process-instances").then().statusCode(201);
        as("admin").header("Idempotency-Key", key)
                .body(Map.of("processKey", "sample-desk-review", "businessKey", "C-" + key))
                .post("/api/v1/process-instances").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        as("admin").header("Idempotency-Key", key + "-bad").body(Map.of("businessKey", "x"))
                .post("/api/v1/process-instances").then().statusCode(400);
        as("admin").header("Idempotency-Key", key + "-bad").body(Map.of("businessKey", "x"))
                .post("/api/v1/process-instances").then().statusCode(400).header("Idempotent-Replayed", "true")
                .body("errors.field", contains("processKey"));
    }

    @Test
    void repeatsSentAtOnceStartOneInstanceAndAllGetItsAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        String businessKey = "IDEM-RACE-" + key;
        Map<String, Object> body = Map.of("processKey", "sample-desk-review", "businessKey", businessKey);
        Callable<io.restassured.response.Response> send = () -> as("admin").header("Idempotency-Key", key).body(body)
                .post("/api/v1/process-instances");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<io.restassured.response.Response>> answers = pool.invokeAll(java.util.Collections.nCopies(6, send));
            String created = null;
            for (Future<io.restassured.response.Response> answer : answers) {
                var response = answer.get();
                // 409 only if the first request were still running after the lock timeout; never a 5xx
                assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.asString());
                if (response.statusCode() == 201) {
                    String id = response.path("id");
                    assertTrue(created == null || created.equals(id), "every 201 names the one instance");
                    created = id;
                }
            }
            assertTrue(created != null, "at least one repeat got the instance");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count());
    }
}
