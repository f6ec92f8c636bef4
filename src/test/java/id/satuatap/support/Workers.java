package id.satuatap.support;

import id.satuatap.security.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static id.satuatap.support.Api.as;

/** Worker registrations for tests: valid, unique NIKs and the demo worker accounts' own records. */
public final class Workers {

    private Workers() {
    }

    /** A fresh, valid NIK for a woman born on 5 March 2001 in Cirebon regency. */
    public static String womansNik() {
        return "320915" + "450301" + NikSerials.next();
    }

    public static Map<String, Object> body(String nik, String sex, String birthDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("nik", nik);
        body.put("fullName", "Siti Aminah");
        body.put("sex", sex);
        body.put("birthDate", birthDate);
        body.put("birthPlace", "Cirebon");
        body.put("maritalStatus", "SINGLE");
        body.put("address", Map.of("village", "Gebang", "district", "Gebang", "regencyCode", "3209", "provinceCode", "32"));
        body.put("phone", "+6281234567890");
        body.put("familyMembers", List.of(Map.of("name", "Rohmat", "nik", "3209151003700002", "relation", "FATHER")));
        return body;
    }

    /** The worker record a demo worker account speaks for; the demo data links it at start (worker/DemoWorkers). */
    public static String ownWorkerRecord(String username) {
        return Objects.requireNonNull(
                QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().workerId),
                username + " is linked to a demo worker at start");
    }

    /** A desk registration's receipt: the worker id and the one-time claim code printed on it. */
    public record Receipt(String workerId, String claimCode) {
    }

    /** Registers a fresh woman at the DISNAKER desk, with this phone number on her record. */
    public static Receipt registerAtDesk(String phone) {
        Map<String, Object> body = body(womansNik(), "FEMALE", "2001-03-05");
        body.put("phone", phone);
        var answer = as("disnaker").body(body).post("/api/v1/workers").then().statusCode(201).extract();
        return new Receipt(answer.path("id"), answer.path("claimCode.code"));
    }

    /** A phone number no test used before. */
    public static String phone() {
        return "+628" + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }
}
