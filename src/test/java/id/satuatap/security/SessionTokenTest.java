package id.satuatap.security;

import id.satuatap.support.EngineClock;
import id.satuatap.support.Workers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SessionTokenTest {

    private static final String PASSWORD = "rahasia-kuat-77";

    @Inject EngineClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String workerAccount() {
        String phone = Workers.phone();
        anonymous().body(Map.of("phone", phone, "password", PASSWORD)).post("/api/v1/signup").then().statusCode(202);
        return phone;
    }

    private static JsonPath signIn(String username, String password, String device) {
        return anonymous().body(Map.of("username", username, "password", password, "device", device))
                .post("/api/v1/sessions").then().statusCode(201).body("tokenType", is("Bearer"))
                .body("expiresIn", is(600)).extract().jsonPath();
    }

    private static RequestSpecification bearer(String accessToken) {
        return RestAssured.given().auth().oauth2(accessToken).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static io.restassured.response.ValidatableResponse refresh(String refreshToken) {
        return anonymous().body(Map.of("refreshToken", refreshToken)).post("/api/v1/sessions/refresh").then();
    }

    @Test
    void thePasswordIsSentOnceThenTokensRotate() {
        String own = Workers.ownWorkerRecord("worker1");
        JsonPath first = signIn("worker1", "demo", "Samsung A14");
        bearer(first.getString("accessToken")).get("/api/v1/workers/" + own).then().statusCode(200);
        bearer(first.getString("accessToken")).get("/api/v1/sessions").then().statusCode(200)
                .body("find { it.id == '" + first.getString("sessionId") + "' }.device", is("Samsung A14"));

        JsonPath second = refresh(first.getString("refreshToken")).statusCode(200)
                .body("sessionId", is(first.getString("sessionId"))).extract().jsonPath();
        bearer(second.getString("accessToken")).get("/api/v1/workers/" + own).then().statusCode(200);

        // The first refresh token comes back: someone else holds a copy, so the whole session ends.
        refresh(first.getString("refreshToken")).statusCode(401).contentType("application/problem+json");
        refresh(second.getString("refreshToken")).statusCode(401);
        bearer(second.getString("accessToken")).get("/api/v1/workers/" + own).then().statusCode(401);
        as("admin").queryParam("subjectId", first.getString("sessionId")).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("SESSION_TOKEN_REUSED"));
    }

    @Test
    void badPasswordsTokensAndRefreshTokensAreRefused() {
        anonymous().body(Map.of("username", "worker1", "password", "wrong-password-1")).post("/api/v1/sessions")
                .then().statusCode(401).contentType("application/problem+json");
        anonymous().body(Map.of("username", "nobody-at-all", "password", "wrong-password-1")).post("/api/v1/sessions")
                .then().statusCode(401).contentType("application/problem+json");
        anonymous().body(Map.of("username", "worker1")).post("/api/v1/sessions").then().statusCode(400)
                .body("errors.field", hasItem(containsString("password")));
        refresh("never-issued").statusCode(401);

        String access = signIn("worker1", "demo", "phone").getString("accessToken");
        String[] parts = access.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xx." + parts[2];
        bearer(forged).get("/api/v1/sessions").then().statusCode(401);
        bearer(access.substring(0, access.length() - 3) + "abc").get("/api/v1/sessions").then().statusCode(401);

        clock.advance(Duration.ofMinutes(11));
        bearer(access).get("/api/v1/sessions").then().statusCode(401);
    }

    @Test
    void aWorkerEndsTheSessionOfALostPhoneFromAnotherDevice() {
        String phone = workerAccount();
        JsonPath lost = signIn(phone, PASSWORD, "lost phone");
        JsonPath current = signIn(phone, PASSWORD, "new phone");
        bearer(current.getString("accessToken")).get("/api/v1/sessions").then().statusCode(200)
                .body("device", contains("lost phone", "new phone"));

        String other = signIn(workerAccount(), PASSWORD, "someone else").getString("accessToken");
        bearer(other).delete("/api/v1/sessions/" + lost.getString("sessionId")).then().statusCode(404);
        bearer(lost.getString("accessToken")).get("/api/v1/sessions").then().statusCode(200);

        bearer(current.getString("accessToken")).delete("/api/v1/sessions/" + lost.getString("sessionId")).then().statusCode(204);
        bearer(lost.getString("accessToken")).get("/api/v1/sessions").then().statusCode(401);
        refresh(lost.getString("refreshToken")).statusCode(401);
        bearer(current.getString("accessToken")).get("/api/v1/sessions").then().statusCode(200).body("device", contains("new phone"));
        refresh(current.getString("refreshToken")).statusCode(200);
        bearer(current.getString("accessToken")).delete("/api/v1/sessions/" + lost.getString("sessionId")).then().statusCode(404);
    }

    @Test
    void aDeskEndsEverySessionOfAWorkerAccountButNotOfStaff() {
        String phone = workerAccount();
        JsonPath session = signIn(phone, PASSWORD, "phone");
        as("sbmi").delete("/api/v1/accounts/" + phone + "/sessions").then().statusCode(404);
        bearer(signIn(workerAccount(), PASSWORD, "x").getString("accessToken"))
                .delete("/api/v1/accounts/" + phone + "/sessions").then().statusCode(404);
        anonymous().delete("/api/v1/accounts/" + phone + "/sessions").then().statusCode(401);
        bearer(session.getString("accessToken")).get("/api/v1/sessions").then().statusCode(200);

        as("pengaduan").delete("/api/v1/accounts/" + phone + "/sessions").then().statusCode(204);
        bearer(session.getString("accessToken")).get("/api/v1/sessions").then().statusCode(401);
        refresh(session.getString("refreshToken")).statusCode(401);

        JsonPath staff = signIn("dukcapil", "demo", "desk pc");
        as("disnaker").delete("/api/v1/accounts/dukcapil/sessions").then().statusCode(404);
        as("disnaker").delete("/api/v1/accounts/no-such-account/sessions").then().statusCode(404);
        bearer(staff.getString("accessToken")).get("/api/v1/tasks").then().statusCode(200);
        as("admin").delete("/api/v1/accounts/dukcapil/sessions").then().statusCode(204);
        bearer(staff.getString("accessToken")).get("/api/v1/tasks").then().statusCode(401);
    }
}
