package id.satuatap.worker;

import id.satuatap.support.NikSerials;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.satuatap.support.Api.as;
import static id.satuatap.support.Workers.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class WorkerApiTest {

    @Test
    void registersAWorkerWhoseNikMatches() {
        String nik = womansNik();
        String id = as("disnaker").body(body(nik, "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(201).body("nik", is(nik)).body("familyMembers[0].relation", is("FATHER"))
                .body("claimCode.code", matchesPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"))
                .body("claimCode.expiresAt", notNullValue())
                .extract().path("id");
        as("dukcapil").get("/api/v1/workers/" + id).then().statusCode(200).body("fullName", is("Siti Aminah"))
                .body("$", not(hasKey("claimCode")));
        as("disnaker").body(body(nik, "FEMALE", "2001-03-05")).post("/api/v1/workers").then().statusCode(409)
                .contentType("application/problem+json");
        as("admin").queryParam("subjectId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("WORKER_REGISTERED", "WORKER_READ"));
    }

    @Test
    void aWomansNikWithoutFortyIsRefused() {
        String nik = "320915050301" + NikSerials.next();
        as("disnaker").body(body(nik, "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("nik"));
    }

    @Test
    void aDeclaredBirthDateThatDisagreesIsRefused() {
        as("disnaker").body(body(womansNik(), "FEMALE", "1999-03-05")).post("/api/v1/workers")
                .then().statusCode(400).body("errors.field", contains("nik"));
    }

    @Test
    void invalidFieldsAreNamed() {
        Map<String, Object> body = body(womansNik(), "FEMALE", "2001-03-05");
        body.put("address", Map.of("regencyCode", "32A9", "provinceCode", "32"));
        body.remove("fullName");
        as("disnaker").body(body).post("/api/v1/workers").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("address.regencyCode", "fullName"))
                .body("errors.find { it.field == 'fullName' }.message", is("wajib diisi"));
        as("disnaker").header("Accept-Language", "en").body(body).post("/api/v1/workers").then().statusCode(400)
                .body("title", is("Invalid request"))
                .body("errors.find { it.field == 'address.regencyCode' }.message", is("must be 4 digits"));
        body = body(womansNik(), "FEMALE", "2001-03-05");
        body.put("sex", "UNKNOWN");
        as("disnaker").body(body).post("/api/v1/workers").then().statusCode(400).body("errors.field", contains("sex"));
    }

    @Test
    void workersReadOnlyTheirOwnRecord() {
        String own = ownWorkerRecord("worker1");
        String other = ownWorkerRecord("worker2");
        as("worker1").get("/api/v1/workers/" + own).then().statusCode(200);
        as("worker1").get("/api/v1/workers/" + other).then().statusCode(404);
        as("sbmi").get("/api/v1/workers/" + own).then().statusCode(404);
        as("worker1").body(body(womansNik(), "FEMALE", "2001-03-05")).post("/api/v1/workers").then().statusCode(403);
        as("sbmi").body(body(womansNik(), "FEMALE", "2001-03-05")).post("/api/v1/workers").then().statusCode(403);
    }

    @Test
    void updatesNeedTheCurrentETag() {
        Map<String, Object> body = body(womansNik(), "FEMALE", "2001-03-05");
        String id = as("disnaker").body(body).post("/api/v1/workers").then().statusCode(201).extract().path("id");
        String etag = as("disnaker").get("/api/v1/workers/" + id).then().statusCode(200).extract().header("ETag");

        body.put("phone", "+6285700000000");
        as("disnaker").body(body).put("/api/v1/workers/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        String newer = as("disnaker").header("If-Match", etag).body(body).put("/api/v1/workers/" + id)
                .then().statusCode(200).body("phone", is("+6285700000000")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newer);
        as("dukcapil").header("If-Match", etag).body(body).put("/api/v1/workers/" + id).then().statusCode(409);

        body.put("birthDate", "2000-03-05");
        as("disnaker").header("If-Match", newer).body(body).put("/api/v1/workers/" + id).then().statusCode(422);
        as("worker2").header("If-Match", newer).body(body).put("/api/v1/workers/" + id).then().statusCode(404);
    }
}
