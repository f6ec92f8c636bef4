package id.satuatap.security;

import id.satuatap.support.EngineClock;
import id.satuatap.support.Workers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static id.satuatap.support.Api.anonymous;
import static org.hamcrest.Matchers.*;

/** Failed sign-ins and sign-ups are counted in the database and refused with 429 once the configured limits are hit. */
@QuarkusTest
@TestProfile(ThrottleTest.LowLimits.class)
class ThrottleTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("satuatap.security.sign-in.max-failures-per-account", "3",
                    "satuatap.security.sign-in.max-failures-per-address", "8",
                    "satuatap.security.sign-in.lockout", "PT10M",
                    "satuatap.security.signup.max-per-address", "3");
        }
    }

    @Inject EngineClock clock;

    /** Moves past every window and lock, so each test starts with no counts (all tests share one address). */
    @AfterEach
    void forgetCounts() {
        clock.advance(Duration.ofHours(2));
    }

    @AfterAll
    static void resetClock() {
        ClockUtil.reset();
    }

    private static ValidatableResponse basic(String username, String password) {
        return RestAssured.given().auth().preemptive().basic(username, password).get("/api/v1/tasks").then();
    }

    private static void throttled(ValidatableResponse response, int maxSeconds) {
        response.statusCode(429).contentType("application/problem+json").body("status", is(429))
                .header("Retry-After", notNullValue())
                .header("Retry-After", s -> Integer.parseInt(s), allOf(greaterThan(0), lessThanOrEqualTo(maxSeconds)));
    }

    @Test
    void anAccountIsLockedAfterTheConfiguredFailuresKnownOrNot() {
        for (String username : new String[]{"imigrasi", "no-such-user"}) {
            for (int i = 0; i < 3; i++) {
                basic(username, "wrong-password-" + i).statusCode(401);
            }
            throttled(basic(username, "demo"), 600);
            throttled(anonymous().body(Map.of("username", username, "password", "demo")).post("/api/v1/sessions").then(), 600);
        }
        basic("polri", "demo").statusCode(200);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        basic("imigrasi", "demo").statusCode(200);
    }

    @Test
    void anAddressIsLockedAfterTheConfiguredFailuresOverAllAccounts() {
        for (int i = 0; i < 8; i++) {
            anonymous().body(Map.of("username", "guess-" + i, "password", "wrong-password")).post("/api/v1/sessions")
                    .then().statusCode(401);
        }
        throttled(basic("kesehatan", "demo"), 600);
        clock.advance(Duration.ofMinutes(5));
        throttled(basic("kesehatan", "demo"), 300);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        basic("kesehatan", "demo").statusCode(200);
    }

    @Test
    void signUpsAreLimitedPerAddress() {
        for (int i = 0; i < 3; i++) {
            anonymous().body(Map.of("phone", Workers.phone(), "password", "rahasia-kuat-77")).post("/api/v1/signup")
                    .then().statusCode(202);
        }
        throttled(anonymous().body(Map.of("phone", Workers.phone(), "password", "rahasia-kuat-77"))
                .post("/api/v1/signup").then(), 3600);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        anonymous().body(Map.of("phone", Workers.phone(), "password", "rahasia-kuat-77")).post("/api/v1/signup")
                .then().statusCode(202);
    }
}
