package id.satuatap.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ConditionalGetTest {

    @Test
    void anUnchangedRecordIsNotSentAgain() {
        String id = as("admin").body(Map.of("processKey", "sample-desk-review", "businessKey", "ETAG-" + UUID.randomUUID()))
                .post("/api/v1/process-instances").then().statusCode(201).extract().path("id");
        String etag = as("admin").get("/api/v1/process-instances/" + id).then().statusCode(200)
                .header("ETag", startsWith("W/\"")).extract().header("ETag");
        as("admin").header("If-None-Match", etag).get("/api/v1/process-instances/" + id).then().statusCode(304)
                .body(emptyString());

        String task = as("disnaker").queryParam("processKey", "sample-desk-review").get("/api/v1/tasks")
                .then().extract().path("items.find { it.processInstanceId == '" + id + "' }.id");
        as("disnaker").body(Map.of("variables", Map.of("jobOrderNumber", "JO-E"))).post("/api/v1/tasks/" + task + "/complete")
                .then().statusCode(204);
        as("admin").header("If-None-Match", etag).get("/api/v1/process-instances/" + id).then().statusCode(200)
                .header("ETag", not(is(etag)));
    }
}
