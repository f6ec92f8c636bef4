package id.satuatap.security;

import org.jboss.logging.Logger;

import id.satuatap.support.Workers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import static id.satuatap.support.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wrong password costs the same for an unknown name as for a known one, and a sign-up the same for a taken
 * phone as for a new one, so timing tells no one who has an account. Before the dummy hash the ratio was ~27.
 * Medians of interleaved attempts; the bound is generous because the test machine is shared.
 */
@QuarkusTest
class SignInTimingTest {

    private static final Logger LOG = Logger.getLogger(SignInTimingTest.class);

    private static final int ROUNDS = 15;
    private static final String PASSWORD = "rahasia-kuat-77";

    private static String signUp(String phone) {
        anonymous().body(Map.of("phone", phone, "password", PASSWORD)).post("/api/v1/signup").then().statusCode(202);
        return phone;
    }

    private static int wrongPassword(String username) {
        return RestAssured.given().auth().preemptive().basic(username, "wrong-password-1").get("/api/v1/tasks").statusCode();
    }

    private static double millis(IntSupplier call, int expectedStatus) {
        long start = System.nanoTime();
        assertEquals(expectedStatus, call.getAsInt());
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void assertComparable(String what, List<Double> a, List<Double> b) {
        double ratio = median(a) / median(b);
        LOG.infof("%s: medians %.1f ms vs %.1f ms, ratio %.2f", what, median(a), median(b), ratio);
        assertTrue(ratio > 0.5 && ratio < 2.0, what + " differ: ratio " + ratio);
    }

    @Test
    void aWrongPasswordTakesAsLongForAnUnknownNameAsForAKnownOne() {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            known.add(signUp(Workers.phone()));
        }
        List<Double> knownTimes = new ArrayList<>();
        List<Double> unknownTimes = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            // Each name fails once, so no per-account lock answers early; the first two rounds warm up.
            String account = known.get(i);
            String stranger = Workers.phone();
            double k = millis(() -> wrongPassword(account), 401);
            double u = millis(() -> wrongPassword(stranger), 401);
            if (i >= 2) {
                knownTimes.add(k);
                unknownTimes.add(u);
            }
        }
        assertComparable("wrong password, known vs unknown name", knownTimes, unknownTimes);
    }

    @Test
    void aSignUpTakesAsLongForATakenPhoneAsForANewOne() {
        String taken = signUp(Workers.phone());
        List<Double> takenTimes = new ArrayList<>();
        List<Double> newTimes = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            double t = millis(() -> anonymous().body(Map.of("phone", taken, "password", PASSWORD))
                    .post("/api/v1/signup").statusCode(), 202);
            String fresh = Workers.phone();
            double n = millis(() -> anonymous().body(Map.of("phone", fresh, "password", PASSWORD))
                    .post("/api/v1/signup").statusCode(), 202);
            if (i >= 2) {
                takenTimes.add(t);
                newTimes.add(n);
            }
        }
        assertComparable("sign-up, taken vs new phone", takenTimes, newTimes);
    }
}
