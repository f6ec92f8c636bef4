package id.satuatap.predeparture;

import id.satuatap.support.NikSerials;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.is;

/**
 * Drives pre-departure applications through the HTTP API as the desk users would: registers a worker, applies,
 * uploads documents whose metadata agree with the worker, and completes the desks' tasks.
 */
final class Journey {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String FATHER_NAME = "Rohmat Sudirja";

    /** The worker as registered, to build matching (or deliberately disagreeing) document metadata. */
    record Worker(String id, String nik, String fullName, String sex, LocalDate birthDate, String fatherNik) {
    }

    final Worker worker;
    String applicationId;

    private Journey(Worker worker) {
        this.worker = worker;
    }

    /** A single woman of the given age, registered at the manpower desk, with her father on the KK. */
    static Journey womanAged(int years) {
        LocalDate birthDate = LocalDate.now().minusYears(years).minusDays(10);
        return new Journey(register("disnaker", "FEMALE", birthDate));
    }

    static Worker register(String username, String sex, LocalDate birthDate) {
        String nik = nik(sex, birthDate);
        String fatherNik = "320915100370" + NikSerials.next();
        Map<String, Object> body = new HashMap<>();
        body.put("nik", nik);
        body.put("fullName", "Siti Nur Aminah");
        body.put("sex", sex);
        body.put("birthDate", birthDate.toString());
        body.put("birthPlace", "Cirebon");
        body.put("maritalStatus", "SINGLE");
        body.put("address", Map.of("village", "Gebang", "district", "Gebang", "regencyCode", "3209", "provinceCode", "32"));
        body.put("familyMembers", List.of(Map.of("name", FATHER_NAME, "nik", fatherNik, "relation", "FATHER")));
        String id = as(username).body(body).post("/api/v1/workers").then().statusCode(201).extract().path("id");
        return new Worker(id, nik, "Siti Nur Aminah", sex, birthDate, fatherNik);
    }

    static String nik(String sex, LocalDate birthDate) {
        int day = birthDate.getDayOfMonth() + ("FEMALE".equals(sex) ? 40 : 0);
        return "320915" + String.format("%02d%02d%02d", day, birthDate.getMonthValue(), birthDate.getYear() % 100)
                + NikSerials.next();
    }

    static Map<String, Object> applicationBody(String workerId, String country, String sector) {
        return new HashMap<>(Map.of("workerId", workerId, "destinationCountry", country, "sector", sector,
                "jobTitle", "Factory operator", "employerName", "Formosa Electronics Ltd", "scheme", "P3MI",
                "placementAgencyLicense", "P3MI-2024-0117"));
    }

    Journey apply(String username) {
        var created = as(username).body(applicationBody(worker.id(), "TW", "MANUFACTURING")).post("/api/v1/applications")
                .then().statusCode(201).body("status", is("IN_PROGRESS")).extract();
        applicationId = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/v1/applications/" + applicationId),
                "Location names the new application: " + created.header("Location"));
        return this;
    }

    /** Metadata that agrees with the worker record, as an honest document would state it. */
    Map<String, Object> metadata(String type) {
        Map<String, Object> m = new HashMap<>();
        switch (type) {
            case "KTP", "KK", "BIRTH_CERTIFICATE", "PASSPORT" -> {
                m.put("holderName", worker.fullName().toUpperCase());
                m.put("holderBirthDate", worker.birthDate().toString());
                m.put("holderSex", worker.sex());
                if (!type.equals("BIRTH_CERTIFICATE") && !type.equals("PASSPORT")) {
                    m.put("holderNik", worker.nik());
                }
                if (type.equals("PASSPORT")) {
                    m.put("number", "C" + ThreadLocalRandom.current().nextInt(1000000, 9999999));
                    m.put("expiresOn", LocalDate.now().plusYears(5).toString());
                }
            }
            case "FAMILY_CONSENT" -> {
                m.put("signerName", FATHER_NAME);
                m.put("signerNik", worker.fatherNik());
                m.put("signerRelation", "FATHER");
            }
            case "MEDICAL_CHECK" -> m.put("issuedOn", LocalDate.now().toString());
            default -> m.put("number", type + "-" + ThreadLocalRandom.current().nextInt(1000, 9999));
        }
        return m;
    }

    ValidatableResponse upload(String username, String type, Map<String, Object> metadata) {
        return upload(username, type, metadata, PDF);
    }

    ValidatableResponse upload(String username, String type, Map<String, Object> metadata, byte[] file) {
        return upload(username, type, metadata, file, null);
    }

    /** An upload as a phone sends it; a retry with the same idempotency key is the resumption of a lost one. */
    ValidatableResponse upload(String username, String type, Map<String, Object> metadata, byte[] file, String idempotencyKey) {
        String json = metadata.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").collect(Collectors.joining(",", "{", "}"));
        var request = RestAssured.given().auth().preemptive().basic(username, "demo").accept(ContentType.JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request
                .multiPart("type", type)
                .multiPart("file", type.toLowerCase() + ".pdf", file, "application/pdf")
                .multiPart("metadata", json, "application/json")
                .post("/api/v1/applications/" + applicationId + "/documents").then();
    }

    String uploadValid(String type) {
        return upload("disnaker", type, metadata(type)).statusCode(201).extract().path("id");
    }

    /** The open task of this application the user sees, by task key, or by document type for verifications. */
    String task(String username, String keyOrDocumentType) {
        List<Map<String, Object>> items = as(username).queryParam("businessKey", applicationId).get("/api/v1/tasks")
                .then().statusCode(200).extract().path("items");
        return items.stream()
                .filter(t -> keyOrDocumentType.equals(t.get("taskDefinitionKey"))
                        || ("Verify " + keyOrDocumentType).equals(t.get("name")))
                .map(t -> (String) t.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no task " + keyOrDocumentType + " in " + items));
    }

    void complete(String username, String keyOrDocumentType, Map<String, Object> variables) {
        as(username).body(Map.of("variables", variables)).post("/api/v1/tasks/" + task(username, keyOrDocumentType) + "/complete")
                .then().statusCode(204);
    }

    void verify(String desk, String type) {
        complete(desk, type, Map.of("decision", "VERIFIED"));
    }

    static final Map<String, String> DESK_OF = Map.ofEntries(
            Map.entry("KTP", "dukcapil"), Map.entry("KK", "dukcapil"), Map.entry("BIRTH_CERTIFICATE", "dukcapil"),
            Map.entry("MARRIAGE_STATUS", "disnaker"), Map.entry("FAMILY_CONSENT", "disnaker"),
            Map.entry("COMPETENCY_CERTIFICATE", "disnaker"), Map.entry("PASSPORT", "imigrasi"),
            Map.entry("MEDICAL_CHECK", "kesehatan"), Map.entry("SKCK", "polri"), Map.entry("BPJS_CARD", "bpjs"));

    static final List<String> IDENTITY_DOCUMENTS =
            List.of("KTP", "KK", "BIRTH_CERTIFICATE", "MARRIAGE_STATUS", "FAMILY_CONSENT", "COMPETENCY_CERTIFICATE");

    /** Registration, the identity documents and the passport recommendation: the desk services are next. */
    Journey throughPassportRecommendation() {
        complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-TW-2025-0042", "jobOrderValid", true));
        for (String type : IDENTITY_DOCUMENTS) {
            uploadValid(type);
            verify(DESK_OF.get(type), type);
        }
        complete("disnaker", "recommend-passport", Map.of("recommendationNumber", "REK-562/2025"));
        return this;
    }

    ValidatableResponse view(String username) {
        return as(username).get("/api/v1/applications/" + applicationId).then();
    }
}
