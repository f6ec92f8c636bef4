package id.satuatap.support;

import id.satuatap.security.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The worker record of a demo worker account, registered by the account itself on first use. */
    public static String ownWorkerRecord(String username) {
        String linked = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().workerId);
        if (linked != null) {
            return linked;
        }
        return as(username).body(body(womansNik(), "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(201).extract().path("id");
    }
}
