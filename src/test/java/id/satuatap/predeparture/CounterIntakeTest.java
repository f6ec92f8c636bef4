package id.satuatap.predeparture;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

/** Documents brought to the counter before the process asks for them: the whole folder at intake (issue 21). */
@QuarkusTest
class CounterIntakeTest {

    static final List<String> DESK_DOCUMENTS = List.of("PASSPORT", "MEDICAL_CHECK", "SKCK", "BPJS_CARD");

    @Test
    void theFullFolderUploadedAtRegistrationWaitsAndEachVerifyStepStartsWithItsDocument() {
        Journey journey = Journey.womanAged(26).apply("disnaker");
        List<String> all = new ArrayList<>(Journey.IDENTITY_DOCUMENTS);
        all.addAll(DESK_DOCUMENTS);
        Map<String, String> ids = all.stream().collect(Collectors.toMap(t -> t, journey::uploadValid));
        journey.view("disnaker").body("status", is("IN_PROGRESS")).body("stage", is("REGISTRATION")).body("redFlags", empty());

        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-77", "jobOrderValid", true));
        journey.view("disnaker").body("openRequirements.findAll { it.kind == 'DOCUMENT' }.state", everyItem(is("AWAITING_DESK")));
        for (String type : Journey.IDENTITY_DOCUMENTS) {
            journey.verify(Journey.DESK_OF.get(type), type);
        }
        journey.complete("disnaker", "recommend-passport", Map.of("recommendationNumber", "REK-9/2025"));
        for (String type : DESK_DOCUMENTS) {
            journey.verify(Journey.DESK_OF.get(type), type);
        }
        var documents = as("coordinator").get("/api/v1/applications/" + journey.applicationId + "/documents").then()
                .statusCode(200).body("items", hasSize(all.size()));
        for (String type : all) {
            documents.body("items.find { it.id == '" + ids.get(type) + "' }.status", is("VERIFIED"));
        }
        journey.view("disnaker").body("timeline.findAll { it.event == 'DOCUMENT_UPLOADED' }", hasSize(all.size()))
                .body("timeline.findAll { it.event == 'DOCUMENT_VERIFIED' }", hasSize(all.size()));
    }

    @Test
    void aSecondUploadOfTheSameTypeReplacesTheFirstOnlyWhenAskedAndBothStayOnRecord() {
        Journey journey = Journey.womanAged(31).apply("disnaker");
        String first = journey.uploadValid("SKCK");
        journey.upload("disnaker", "SKCK", journey.metadata("SKCK")).statusCode(409).contentType("application/problem+json");
        String second = upload(journey, "SKCK", "true").statusCode(201).body("status", is("SUBMITTED")).extract().path("id");
        upload(journey, "SKCK", "perhaps").statusCode(400).body("errors.field", contains("replace"));
        as("polri").get("/api/v1/applications/" + journey.applicationId + "/documents").then().statusCode(200)
                .body("items.find { it.id == '" + first + "' }.status", is("REPLACED"))
                .body("items.find { it.id == '" + second + "' }.status", is("SUBMITTED"));

        journey.throughPassportRecommendation();
        // The verify step took the replacement; while its desk holds it, nothing replaces it.
        upload(journey, "SKCK", "true").statusCode(409);
        journey.verify("polri", "SKCK");
        as("polri").get("/api/v1/documents/" + second).then().statusCode(200).body("status", is("VERIFIED"));
        as("polri").get("/api/v1/documents/" + first).then().statusCode(200).body("status", is("REPLACED"));
    }

    @Test
    void onlyDocumentsOfTheRequirementListAreTakenAndOnlyWhileTheApplicationRuns() {
        Journey journey = Journey.womanAged(33).apply("disnaker");
        journey.upload("disnaker", "WORK_VISA", journey.metadata("WORK_VISA")).statusCode(422)
                .contentType("application/problem+json");
        journey.complete("disnaker", "check-job-order", Map.of("jobOrderNumber", "JO-78", "jobOrderValid", false));
        journey.upload("disnaker", "PASSPORT", journey.metadata("PASSPORT")).statusCode(422);
    }

    @Test
    void aForgedPassportUploadedAtIntakeRaisesItsRedFlagAtOnce() {
        Journey journey = Journey.womanAged(24).apply("disnaker");
        Map<String, Object> forged = journey.metadata("PASSPORT");
        forged.put("holderBirthDate", journey.worker.birthDate().minusYears(4).toString());
        journey.upload("disnaker", "PASSPORT", forged).statusCode(201).body("status", is("FLAGGED"))
                .body("checks.find { it.rule == 'BIRTH_DATE_MATCH' }.passed", is(false));
        journey.view("coordinator").body("status", is("STOPPED"))
                .body("redFlags[0].kinds", contains("BIRTH_DATE_MISMATCH"))
                .body("openTasks.taskDefinitionKey", contains("review-red-flag"));
        journey.upload("disnaker", "KTP", journey.metadata("KTP")).statusCode(422);
    }

    private static io.restassured.response.ValidatableResponse upload(Journey journey, String type, String replace) {
        String json = journey.metadata(type).entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").collect(Collectors.joining(",", "{", "}"));
        return RestAssured.given().auth().preemptive().basic("disnaker", "demo").accept(ContentType.JSON)
                .multiPart("type", type)
                .multiPart("file", "scan.pdf", Journey.PDF, "application/pdf")
                .multiPart("metadata", json, "application/json")
                .multiPart("replace", replace)
                .post("/api/v1/applications/" + journey.applicationId + "/documents").then();
    }
}
