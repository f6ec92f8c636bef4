package id.satuatap.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
