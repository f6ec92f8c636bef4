package id.satuatap.worker;

import id.satuatap.support.Workers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

/** Desks find workers; a second registration of a NIK points at the first (issue 21). */
@QuarkusTest
class WorkerSearchTest {

    @Test
    void desksFindWorkersByNikNamePrefixPhoneAndBirthDatePaged() {
        String surname = "Zq" + UUID.randomUUID().toString().substring(0, 6).replace("-", "x");
        String phone = "+62812" + String.valueOf(System.nanoTime()).substring(0, 8);
        String first = register("Dewi " + surname, phone);
        String second = register("dewi " + surname + " Lestari", "+6281300000001");
        String prefix = "DEWI " + surname.toUpperCase();

        as("dukcapil").queryParam("name", prefix).get("/api/v1/workers").then().statusCode(200)
                .body("items.id", containsInAnyOrder(first, second)).body("items[0].nik", notNullValue())
                .body("items[0].address", nullValue());
        String cursor = as("perbankan").queryParam("name", prefix).queryParam("limit", 1).get("/api/v1/workers").then()
                .statusCode(200).body("items", hasSize(1)).extract().path("nextCursor");
        as("perbankan").queryParam("name", prefix).queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/workers")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
        as("coordinator").queryParam("phone", phone).get("/api/v1/workers").then().statusCode(200)
                .body("items.id", contains(first));
        String nik = as("admin").get("/api/v1/workers/" + first).then().extract().path("nik");
        as("disnaker").queryParam("nik", nik).get("/api/v1/workers").then().body("items.id", contains(first));
        as("disnaker").queryParam("name", prefix).queryParam("birthDate", "2001-03-05").get("/api/v1/workers").then()
                .body("items.id", containsInAnyOrder(first, second));
        as("disnaker").queryParam("name", prefix).queryParam("birthDate", "2001-03-06").get("/api/v1/workers").then()
                .body("items", empty());
        as("disnaker").queryParam("name", "%" + surname).get("/api/v1/workers").then().statusCode(200).body("items", empty());
        as("admin").queryParam("action", "WORKER_SEARCHED").get("/api/v1/audit").then().statusCode(200)
                .body("items.detail", everyItem(not(containsString(surname))));
    }

    @Test
    void searchingNeedsACriterionAValidDateAndADesk() {
        as("disnaker").get("/api/v1/workers").then().statusCode(400).contentType("application/problem+json");
        as("disnaker").queryParam("birthDate", "05-03-2001").get("/api/v1/workers").then().statusCode(400)
                .body("errors.field", contains("birthDate"));
        as("worker1").queryParam("name", "Siti").get("/api/v1/workers").then().statusCode(403);
        as("sbmi").queryParam("name", "Siti").get("/api/v1/workers").then().statusCode(403);
        anonymous().queryParam("name", "Siti").get("/api/v1/workers").then().statusCode(401);
    }

    @Test
    void registeringAKnownNikAnswers409WithTheExistingWorker() {
        String nik = Workers.womansNik();
        String id = as("disnaker").body(Workers.body(nik, "FEMALE", "2001-03-05")).post("/api/v1/workers").then()
                .statusCode(201).extract().path("id");
        as("dukcapil").header("Accept-Language", "en").body(Workers.body(nik, "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("workerId", is(id)).body("status", is(409)).body("title", not(emptyOrNullString()));
    }

    private static String register(String fullName, String phone) {
        Map<String, Object> body = Workers.body(Workers.womansNik(), "FEMALE", "2001-03-05");
        body.put("fullName", fullName);
        body.put("phone", phone);
        return as("disnaker").body(body).post("/api/v1/workers").then().statusCode(201).extract().path("id");
    }
}
