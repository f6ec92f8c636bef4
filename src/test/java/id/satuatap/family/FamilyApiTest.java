package id.satuatap.family;

import id.satuatap.security.Account;
import id.satuatap.security.DemoAccounts;
import id.satuatap.security.PasswordHasher;
import id.satuatap.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static id.satuatap.support.Api.as;
import static id.satuatap.support.Workers.body;
import static id.satuatap.support.Workers.ownWorkerRecord;
import static id.satuatap.support.Workers.womansNik;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class FamilyApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** A fresh mobile-app account with the demo password, as a family member's phone would have. */
    static String familyAccount() {
        String username = "family-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            var account = new Account();
            account.username = username;
            account.passwordHash = PasswordHasher.hash(DemoAccounts.PASSWORD);
            account.role = Role.WORKER;
            account.persist();
        });
        return username;
    }

    static Map<String, Object> familyCase(String workerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("reporter", Map.of("type", "FAMILY", "name", "Ibu Warsini"));
        body.put("workerId", workerId);
        body.put("stage", "RETURNED");
        body.put("category", "UNPAID_WAGES");
        body.put("description", "My daughter came home without four months of wages");
        body.put("consent", Map.of("shareWithPartners", true, "shareWithAuthorities", true));
        return body;
    }

    @Test
    void aWorkerLinksHerMotherWhoThenFilesAndFollowsTheCase() {
        String worker = ownWorkerRecord("worker1");
        String mother = familyAccount();
        as(mother).get("/api/v1/workers/" + worker).then().statusCode(404).contentType("application/problem+json");
        as(mother).body(familyCase(worker)).post("/api/v1/cases").then().statusCode(403);

        String link = as("worker1").body(Map.of("username", mother, "relation", "MOTHER"))
                .post("/api/v1/workers/" + worker + "/family-links").then().statusCode(201)
                .body("basis", is("WORKER_CONSENT")).body("relation", is("MOTHER")).extract().path("id");
        as(mother).get("/api/v1/workers/" + worker).then().statusCode(200).body("id", is(worker));
        as(mother).get("/api/v1/family-links").then().statusCode(200).body("workerId", contains(worker));

        String filed = as(mother).body(familyCase(worker)).post("/api/v1/cases").then().statusCode(201).extract().path("id");
        as(mother).get("/api/v1/cases/" + filed).then().statusCode(200).body("workerId", is(worker));
        String byDesk = as("pengaduan").body(caseByDesk(worker)).post("/api/v1/cases").then().statusCode(201).extract().path("id");
        acceptReferral(filed);
        acceptReferral(byDesk);
        as(mother).get("/api/v1/family-links/" + link + "/events").then().statusCode(200)
                .body("items.subjectId", hasItem(filed))
                .body("items.subjectId", not(hasItem(byDesk)))
                .body("nextCursor", notNullValue());
        as("worker1").queryParam("limit", 200).get("/api/v1/me/events").then().statusCode(200)
                .body("items.subjectId", hasItems(filed, byDesk));
    }

    @Test
    void anUnlinkedFamilyAccountSeesNothingOfTheWorker() {
        String worker = ownWorkerRecord("worker1");
        String stranger = familyAccount();
        as(stranger).get("/api/v1/workers/" + worker).then().statusCode(404);
        as(stranger).get("/api/v1/workers/" + worker + "/family-links").then().statusCode(404);
        as(stranger).body(Map.of("username", stranger, "relation", "MOTHER"))
                .post("/api/v1/workers/" + worker + "/family-links").then().statusCode(404);
        as(stranger).get("/api/v1/family-links").then().statusCode(200).body("$", empty());
        as("sbmi").body(Map.of("username", stranger, "relation", "MOTHER"))
                .post("/api/v1/workers/" + worker + "/family-links").then().statusCode(403);
        String other = familyAccount();
        String link = as("worker1").body(Map.of("username", other, "relation", "SPOUSE"))
                .post("/api/v1/workers/" + worker + "/family-links").then().statusCode(201).extract().path("id");
        as(stranger).get("/api/v1/family-links/" + link + "/events").then().statusCode(404);
    }

    @Test
    void aDeskLinksAndUnlinksAFamilyMember() {
        String worker = as("disnaker").body(body(womansNik(), "FEMALE", "2001-03-05")).post("/api/v1/workers")
                .then().statusCode(201).extract().path("id");
        String father = familyAccount();
        String link = as("disnaker").body(Map.of("username", father, "relation", "FATHER"))
                .post("/api/v1/workers/" + worker + "/family-links").then().statusCode(201)
                .body("basis", is("DESK")).body("linkedBy", is("disnaker")).extract().path("id");
        as("disnaker").body(Map.of("username", father, "relation", "FATHER"))
                .post("/api/v1/workers/" + worker + "/family-links").then().statusCode(409);
        as("disnaker").body(Map.of("username", "pengaduan", "relation", "FATHER"))
                .post("/api/v1/workers/" + worker + "/family-links").then().statusCode(400)
                .body("errors.field", contains("username"));
        as(father).get("/api/v1/workers/" + worker).then().statusCode(200);
        as("disnaker").get("/api/v1/workers/" + worker + "/family-links").then().statusCode(200)
                .body("username", contains(father));
        as("disnaker").delete("/api/v1/workers/" + worker + "/family-links/" + link).then().statusCode(204);
        as(father).get("/api/v1/workers/" + worker).then().statusCode(404);
        as("admin").queryParam("subjectId", worker).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("FAMILY_LINKED", "FAMILY_UNLINKED"));
    }

    private static Map<String, Object> caseByDesk(String workerId) {
        Map<String, Object> body = familyCase(workerId);
        body.put("channel", "WALK_IN");
        body.put("reporter", Map.of("type", "WORKER"));
        return body;
    }

    /** Triage as a wage complaint, and SBMI accepts the advocacy: the worker's feed gets a case event. */
    private static void acceptReferral(String caseId) {
        String triage = as("pengaduan").queryParam("businessKey", caseId).get("/api/v1/tasks").then().statusCode(200)
                .extract().path("items.find { it.taskDefinitionKey == 'triage-case' }.id");
        as("pengaduan").body(Map.of("variables", Map.of("category", "UNPAID_WAGES", "urgent", false, "legalService", "NONE")))
                .post("/api/v1/tasks/" + triage + "/complete").then().statusCode(204);
        List<String> referrals = as("admin").get("/api/v1/cases/" + caseId).then().statusCode(200).extract()
                .path("referrals.findAll { it.partnerCode == 'SBMI' }.id");
        as("sbmi").post("/api/v1/referrals/" + referrals.get(0) + "/accept").then().statusCode(200);
    }
}
