package id.satuatap.worker;

import id.satuatap.support.EngineClock;
import id.satuatap.support.Workers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static id.satuatap.support.Workers.phone;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SignupTest {

    private static final String PASSWORD = "rahasia-kuat-77";

    @Inject EngineClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestSpecification signedIn(String phone) {
        return RestAssured.given().auth().preemptive().basic(phone, PASSWORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static String signUp() {
        String phone = phone();
        anonymous().body(Map.of("phone", phone, "password", PASSWORD)).post("/api/v1/signup").then().statusCode(202)
                .body("username", is(phone));
        return phone;
    }

    private static ExtractableResponse<Response> claim(String phone, String code) {
        return signedIn(phone).body(Map.of("code", code)).post("/api/v1/me/claim").then().extract();
    }

    @Test
    void aStrangerWithSomeonesNikGetsNothingTheRealPersonClaimsWithTheDeskCode() {
        String realPhone = phone();
        Workers.Receipt receipt = Workers.registerAtDesk(realPhone);
        String nik = as("disnaker").get("/api/v1/workers/" + receipt.workerId()).then().extract().path("nik");

        String stranger = signUp();
        signedIn(stranger).get("/api/v1/tasks").then().statusCode(200);
        signedIn(stranger).get("/api/v1/workers/" + receipt.workerId()).then().statusCode(404);
        signedIn(stranger).body(Workers.body(nik, "FEMALE", "2001-03-05")).post("/api/v1/workers").then().statusCode(403);
        signedIn(stranger).body(Workers.body(Workers.womansNik(), "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(403);
        assertEquals(400, claim(stranger, "AAAA-BBBB-CCCC").statusCode());
        signedIn(stranger).get("/api/v1/me/events").then().statusCode(200).body("items", empty());

        String real = signUp();
        signedIn(real).body(Map.of("code", receipt.claimCode().toLowerCase().replace("-", " "))).post("/api/v1/me/claim")
                .then().statusCode(200).body("workerId", is(receipt.workerId()));
        signedIn(real).get("/api/v1/workers/" + receipt.workerId()).then().statusCode(200).body("nik", is(nik));
        signedIn(real).body(Workers.body(Workers.womansNik(), "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(403);

        var reused = claim(stranger, receipt.claimCode());
        assertEquals(400, reused.statusCode());
        signedIn(stranger).get("/api/v1/workers/" + receipt.workerId()).then().statusCode(404);
        as("admin").queryParam("subjectId", receipt.workerId()).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("CLAIM_CODE_ISSUED", "ACCOUNT_LINKED"));
    }

    @Test
    void aClaimCodeExpiresAndANewerCodeReplacesTheOlder() {
        Workers.Receipt receipt = Workers.registerAtDesk(phone());
        String phone = signUp();

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertEquals(400, claim(phone, receipt.claimCode()).statusCode());

        String first = as("dukcapil").post("/api/v1/workers/" + receipt.workerId() + "/claim-codes").then().statusCode(201)
                .body("expiresAt", notNullValue()).extract().path("code");
        String second = as("disnaker").post("/api/v1/workers/" + receipt.workerId() + "/claim-codes").then().statusCode(201)
                .extract().path("code");
        assertEquals(400, claim(phone, first).statusCode());
        assertEquals(200, claim(phone, second).statusCode());
        assertEquals(409, claim(phone, second).statusCode(), "the account already speaks for a worker");
        as("disnaker").post("/api/v1/workers/" + receipt.workerId() + "/claim-codes").then().statusCode(409);
        as("sbmi").post("/api/v1/workers/" + receipt.workerId() + "/claim-codes").then().statusCode(403);
        as("worker1").post("/api/v1/workers/" + receipt.workerId() + "/claim-codes").then().statusCode(403);
        anonymous().post("/api/v1/workers/" + receipt.workerId() + "/claim-codes").then().statusCode(401);
        as("disnaker").post("/api/v1/workers/no-such-worker/claim-codes").then().statusCode(404);
        as("disnaker").body(Map.of("code", second)).post("/api/v1/me/claim").then().statusCode(403);
    }

    @Test
    void signupAnswersTheSameWhoeverExists() {
        String registeredPhone = phone();
        Workers.Receipt registered = Workers.registerAtDesk(registeredPhone);
        String registeredNik = as("disnaker").get("/api/v1/workers/" + registered.workerId()).then().extract().path("nik");
        String existingAccount = signUp();

        // Old apps still send the NIK; it makes no difference, whoever it belongs to.
        List<Map<String, String>> withNik = List.of(
                Map.of("phone", registeredPhone, "nik", registeredNik, "password", PASSWORD),
                Map.of("phone", phone(), "nik", registeredNik, "password", PASSWORD),
                Map.of("phone", existingAccount, "nik", Workers.womansNik(), "password", PASSWORD),
                Map.of("phone", phone(), "nik", Workers.womansNik(), "password", PASSWORD));
        List<Map<String, String>> plain = List.of(
                Map.of("phone", registeredPhone, "password", PASSWORD),
                Map.of("phone", existingAccount, "password", PASSWORD),
                Map.of("phone", phone(), "password", PASSWORD));
        for (List<Map<String, String>> variants : List.of(withNik, plain)) {
            List<String> answers = variants.stream().map(body -> {
                // The NIK old apps send is outside the documented body on purpose, so the spec check stays out of it.
                var request = body.containsKey("nik") ? RestAssured.given().contentType(ContentType.JSON) : anonymous();
                var answer = request.body(body).post("/api/v1/signup").then().extract();
                return answer.statusCode() + " " + answer.contentType() + " "
                        + answer.body().asString().replace(body.get("phone"), "PHONE");
            }).toList();
            assertEquals(1, answers.stream().distinct().count(), () -> "different answers: " + answers);
        }
        anonymous().body(plain.get(2)).post("/api/v1/signup").then().statusCode(202)
                .body("username", is(plain.get(2).get("phone"))).body("$", not(hasKey("workerId")));
        signedIn(registeredPhone).get("/api/v1/workers/" + registered.workerId()).then().statusCode(404);
    }

    @Test
    void claimAnswersTheSameForEveryUnusableCode() {
        String phone = signUp();
        Workers.Receipt used = Workers.registerAtDesk(phone());
        assertEquals(200, claim(signUp(), used.claimCode()).statusCode());
        Workers.Receipt expired = Workers.registerAtDesk(phone());
        Workers.Receipt linkedInPerson = Workers.registerAtDesk(phone());
        as("disnaker").body(Map.of("username", signUp())).put("/api/v1/workers/" + linkedInPerson.workerId() + "/account")
                .then().statusCode(200);
        clock.advance(Duration.ofDays(8));

        List<String> answers = List.of("ZZZZ-ZZZZ-ZZZZ", used.claimCode(), expired.claimCode(), linkedInPerson.claimCode())
                .stream().map(code -> {
                    var answer = claim(phone, code);
                    return answer.statusCode() + " " + answer.contentType() + " " + answer.body().asString();
                }).toList();
        assertEquals(1, answers.stream().distinct().count(), () -> "different answers: " + answers);
        signedIn(phone).body(Map.of("code", "ZZZZ")).post("/api/v1/me/claim").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("code"));
    }

    @Test
    void passwordsAreChecked() {
        String phone = phone();
        Map<String, Object> body = new HashMap<>(Map.of("phone", phone, "password", "onlyletters"));
        anonymous().body(body).post("/api/v1/signup").then().statusCode(400).body("errors.field", contains("password"));
        body.put("password", "short1");
        anonymous().body(body).post("/api/v1/signup").then().statusCode(400).body("errors.field", contains("password"));
        body.put("password", "kata" + phone.substring(phone.length() - 8) + "x");
        anonymous().body(body).post("/api/v1/signup").then().statusCode(400).body("errors.field", contains("password"));
        body.put("phone", "12ab");
        body.put("password", PASSWORD);
        anonymous().body(body).post("/api/v1/signup").then().statusCode(400).body("errors.field", contains("phone"));
    }
}
