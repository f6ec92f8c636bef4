package id.satuatap.worker;

import id.satuatap.support.Workers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SignupTest {

    private static String phone() {
        return "+628" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    private static RequestSpecification signedIn(String phone, String password) {
        return RestAssured.given().auth().preemptive().basic(phone, password).contentType(ContentType.JSON);
    }

    @Test
    void aWorkerSignsUpWithPhoneAndNikThenRegistersTheSameNik() {
        String phone = phone();
        String nik = Workers.womansNik();
        anonymous().body(Map.of("phone", phone, "nik", nik, "password", "rahasia-kuat-77"))
                .post("/api/v1/signup").then().statusCode(201).body("username", is(phone)).body("workerId", nullValue());
        signedIn(phone, "rahasia-kuat-77").get("/api/v1/tasks").then().statusCode(200);
        signedIn(phone, "wrong-password-1").get("/api/v1/tasks").then().statusCode(401);

        signedIn(phone, "rahasia-kuat-77").body(Workers.body(Workers.womansNik(), "FEMALE", "2001-03-05"))
                .post("/api/v1/workers").then().statusCode(400).body("errors.field", contains("nik"));
        String id = signedIn(phone, "rahasia-kuat-77").body(Workers.body(nik, "FEMALE", "2001-03-05"))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        signedIn(phone, "rahasia-kuat-77").get("/api/v1/workers/" + id).then().statusCode(200);

        anonymous().body(Map.of("phone", phone, "nik", Workers.womansNik(), "password", "rahasia-kuat-77"))
                .post("/api/v1/signup").then().statusCode(409);
    }

    @Test
    void passwordsAndNiksAreChecked() {
        String phone = phone();
        anonymous().body(Map.of("phone", phone, "nik", Workers.womansNik(), "password", "onlyletters"))
                .post("/api/v1/signup").then().statusCode(400).body("errors.field", contains("password"));
        anonymous().body(Map.of("phone", phone, "nik", Workers.womansNik(), "password", "short1"))
                .post("/api/v1/signup").then().statusCode(400).body("errors.field", contains("password"));
        anonymous().body(Map.of("phone", phone, "nik", "1234", "password", "rahasia-kuat-77"))
                .post("/api/v1/signup").then().statusCode(400).body("errors.field", contains("nik"));
    }

    @Test
    void aDeskRegisteredWorkerIsLinkedOnlyWithTheSamePhone() {
        String nik = Workers.womansNik();
        Map<String, Object> profile = Workers.body(nik, "FEMALE", "2001-03-05");
        profile.put("phone", phone());
        String id = as("disnaker").body(profile).post("/api/v1/workers").then().statusCode(201).extract().path("id");

        anonymous().body(Map.of("phone", phone(), "nik", nik, "password", "rahasia-kuat-77"))
                .post("/api/v1/signup").then().statusCode(409);
        anonymous().body(Map.of("phone", profile.get("phone"), "nik", nik, "password", "rahasia-kuat-77"))
                .post("/api/v1/signup").then().statusCode(201).body("workerId", is(id));
        signedIn((String) profile.get("phone"), "rahasia-kuat-77").get("/api/v1/workers/" + id).then().statusCode(200);
    }
}
