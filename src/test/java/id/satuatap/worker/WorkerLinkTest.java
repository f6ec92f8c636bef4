package id.satuatap.worker;

import id.satuatap.support.Workers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.satuatap.support.Api.anonymous;
import static id.satuatap.support.Api.as;
import static id.satuatap.worker.SignupTest.signUp;
import static id.satuatap.worker.SignupTest.signedIn;
import static org.hamcrest.Matchers.*;

/** A desk links a phone account in person and unlinks one linked to the wrong person. */
@QuarkusTest
class WorkerLinkTest {

    @Test
    void aDeskLinksInPersonAndUnlinksAWrongLink() {
        Workers.Receipt receipt = Workers.registerAtDesk(Workers.phone());
        String wrong = signUp();
        String path = "/api/v1/workers/" + receipt.workerId() + "/account";

        as("sbmi").body(Map.of("username", wrong)).put(path).then().statusCode(403);
        signedIn(wrong).body(Map.of("username", wrong)).put(path).then().statusCode(403);
        anonymous().body(Map.of("username", wrong)).put(path).then().statusCode(401);
        as("disnaker").body(Map.of("username", "dukcapil")).put(path).then().statusCode(422);
        as("disnaker").body(Map.of("username", "no-such-phone")).put(path).then().statusCode(404);
        as("disnaker").body(Map.of()).put(path).then().statusCode(400).body("errors.field", contains("username"));

        as("disnaker").body(Map.of("username", wrong)).put(path).then().statusCode(200)
                .body("workerId", is(receipt.workerId())).body("username", is(wrong));
        signedIn(wrong).get("/api/v1/workers/" + receipt.workerId()).then().statusCode(200);
        String right = signUp();
        as("disnaker").body(Map.of("username", right)).put(path).then().statusCode(409);
        signedIn(right).body(Map.of("code", receipt.claimCode())).post("/api/v1/me/claim").then().statusCode(400);

        as("sbmi").delete(path).then().statusCode(403);
        as("pengaduan").delete(path).then().statusCode(204);
        signedIn(wrong).get("/api/v1/workers/" + receipt.workerId()).then().statusCode(404);
        as("pengaduan").delete(path).then().statusCode(404);

        as("disnaker").body(Map.of("username", right)).put(path).then().statusCode(200);
        signedIn(right).get("/api/v1/workers/" + receipt.workerId()).then().statusCode(200);
        as("disnaker").body(Map.of("username", right)).put("/api/v1/workers/" + Workers.ownWorkerRecord("worker2") + "/account")
                .then().statusCode(409);
        as("admin").queryParam("subjectId", receipt.workerId()).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("ACCOUNT_LINKED", "ACCOUNT_UNLINKED"))
                .body("items.findAll { it.action == 'ACCOUNT_UNLINKED' }.actor", contains("pengaduan"));
    }

    @Test
    void theDemoWorkerAccountsSpeakForDemoWorkers() {
        String own = Workers.ownWorkerRecord("worker1");
        as("worker1").get("/api/v1/workers/" + own).then().statusCode(200).body("sex", is("FEMALE"));
        as("worker1").get("/api/v1/me/events").then().statusCode(200);
        as("worker1").get("/api/v1/workers/" + Workers.ownWorkerRecord("worker2")).then().statusCode(404);
    }
}
