package id.satuatap.predeparture;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;

/** A desk reads the documents of the steps it takes part in, not all of them (issue 21). */
@QuarkusTest
class DeskDocumentScopeTest {

    private static Journey journey;
    private static final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void folderUploadedOnce() {
        if (journey != null) {
            return;
        }
        journey = Journey.womanAged(29).apply("disnaker");
        List<String> all = new ArrayList<>(Journey.IDENTITY_DOCUMENTS);
        all.addAll(List.of("PASSPORT", "MEDICAL_CHECK", "SKCK", "BPJS_CARD"));
        all.forEach(type -> ids.put(type, journey.uploadValid(type)));
    }

    @ParameterizedTest(name = "{0} reads {1}, not {2}")
    @CsvSource({
            "dukcapil, BIRTH_CERTIFICATE, MEDICAL_CHECK",
            "imigrasi, PASSPORT, SKCK",
            "polri, SKCK, MEDICAL_CHECK",
            "kesehatan, MEDICAL_CHECK, SKCK",
            "bpjs, BPJS_CARD, SKCK",
            "perbankan, KTP, MEDICAL_CHECK",
            "disnaker, FAMILY_CONSENT, MEDICAL_CHECK",
            "bp3mi, FAMILY_CONSENT, BPJS_CARD",
            "pengaduan, PASSPORT, MEDICAL_CHECK"})
    void aDeskReadsTheDocumentsOfItsStepsOnly(String desk, String reads, String readsNot) {
        as(desk).get("/api/v1/documents/" + ids.get(reads)).then().statusCode(200).body("type", is(reads));
        as(desk).get("/api/v1/documents/" + ids.get(readsNot)).then().statusCode(404);
        as(desk).accept("*/*").get("/api/v1/documents/" + ids.get(readsNot) + "/file").then().statusCode(404);
        as(desk).get("/api/v1/applications/" + journey.applicationId + "/documents").then().statusCode(200)
                .body("items.type", hasItem(reads)).body("items.type", not(hasItem(readsNot)));
    }

    @Test
    void theCoordinatorReadsEveryDocumentAndPartnersNone() {
        as("coordinator").get("/api/v1/applications/" + journey.applicationId + "/documents").then().statusCode(200)
                .body("items", hasSize(ids.size()));
        as("coordinator").get("/api/v1/documents/" + ids.get("MEDICAL_CHECK")).then().statusCode(200);
        as("sbmi").get("/api/v1/documents/" + ids.get("KTP")).then().statusCode(404);
    }
}
