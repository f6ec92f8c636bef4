package id.satuatap.predeparture;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Uploads: file type by magic bytes, size limit, metadata, checksum, stored bytes, and what is awaited when. */
@QuarkusTest
class DocumentUploadTest {

    @Test
    void anUploadIsCheckedStoredAndReadBackByteForByte() throws Exception {
        Journey journey = Journey.womanAged(25).apply("disnaker");
        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-5", "jobOrderValid", true));
        byte[] png = new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4};
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        String id = journey.upload("disnaker", "KTP", journey.metadata("KTP"), png).statusCode(201)
                .body("type", is("KTP")).body("status", is("SUBMITTED")).body("contentType", is("image/png"))
                .body("sha256", is(sha))
                .body("checks.rule", containsInAnyOrder("NIK_MATCH", "BIRTH_DATE_MATCH", "SEX_MATCH", "NAME_MATCH", "MINIMUM_AGE"))
                .body("checks.passed", everyItem(is(true)))
                .body("checks[0].message", not(emptyOrNullString()))
                .extract().path("id");
        byte[] back = as("dukcapil").accept("image/png").get("/api/v1/documents/" + id + "/file").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertArrayEquals(png, back);
        as("worker2").get("/api/v1/documents/" + id + "/file").then().statusCode(404);
        as("admin").queryParam("subjectId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("DOCUMENT_UPLOADED", "DOCUMENT_FILE_READ"));
        journey.view("disnaker").body("openRequirements.find { it.code == 'KTP' }.state", is("AWAITING_DESK"))
                .body("openRequirements.find { it.code == 'KK' }.state", is("AWAITING_UPLOAD"))
                .body("openRequirements.find { it.code == 'KK' }.desk", is("DUKCAPIL"))
                .body("openTasks.find { it.documentType == 'KTP' }.candidateGroups", contains("DUKCAPIL"));
    }

    @Test
    void aRetriedUploadWithTheSameKeyStoresOneDocument() {
        Journey journey = Journey.womanAged(25).apply("disnaker");
        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-6", "jobOrderValid", true));
        var metadata = journey.metadata("KTP");
        String key = java.util.UUID.randomUUID().toString();
        String first = journey.upload("disnaker", "KTP", metadata, Journey.PDF, key).statusCode(201).extract().path("id");
        String again = journey.upload("disnaker", "KTP", metadata, Journey.PDF, key).statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        as("disnaker").get("/api/v1/applications/" + journey.applicationId + "/documents").then().statusCode(200)
                .body("items.findAll { it.type == 'KTP' }", hasSize(1));
    }

    @Test
    void wrongFilesAndMetadataAreRefused() {
        Journey journey = Journey.womanAged(25).apply("disnaker");
        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-6", "jobOrderValid", true));
        journey.upload("disnaker", "KTP", journey.metadata("KTP"), "GIF89a not a scan".getBytes(StandardCharsets.US_ASCII))
                .statusCode(415).contentType("application/problem+json");
        byte[] huge = Arrays.copyOf(Journey.PDF, 10 * 1024 * 1024 + 1);
        journey.upload("disnaker", "KTP", journey.metadata("KTP"), huge).statusCode(413).contentType("application/problem+json");
        Map<String, Object> missing = journey.metadata("KTP");
        missing.remove("holderBirthDate");
        journey.upload("disnaker", "KTP", missing).statusCode(400).body("errors.field", contains("metadata.holderBirthDate"));
        Map<String, Object> badDate = journey.metadata("KTP");
        badDate.put("holderBirthDate", "17-08-1999");
        journey.upload("disnaker", "KTP", badDate).statusCode(400).body("errors.field", contains("metadata.holderBirthDate"));
        journey.upload("disnaker", "DRIVING_LICENCE", Map.of()).statusCode(400).body("errors.field", contains("type"));
        journey.upload("disnaker", "WORK_VISA", journey.metadata("WORK_VISA")).statusCode(422);
        as("disnaker").get("/api/v1/applications/" + journey.applicationId + "/documents").then().statusCode(200)
                .body("items", empty());
    }
}
