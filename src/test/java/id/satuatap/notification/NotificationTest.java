package id.satuatap.notification;

import id.satuatap.support.Workers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class NotificationTest {

    @Inject PartnerEvents partnerEvents;
    @Inject WorkerEvents workerEvents;
    @Inject WebhookDispatcher dispatcher;

    @TestHTTPResource("/test-receiver/")
    URL receiver;

    @Test
    void aWebhookGetsASignedEventAndAFailingEndpointIsRetried() throws Exception {
        String name = "sbmi-" + UUID.randomUUID();
        var registered = as("sbmi").body(Map.of("url", receiver + name)).post("/api/v1/webhooks")
                .then().statusCode(201).body("partnerCode", is("SBMI")).body("secret", notNullValue()).extract();
        String hookId = registered.path("id");
        String secret = registered.path("secret");
        as("sbmi").get("/api/v1/webhooks").then().statusCode(200)
                .body("items.find { it.id == '" + hookId + "' }.secret", nullValue());

        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> partnerEvents.publish("SBMI", "REFERRAL_OFFERED", "REFERRAL",
                subject, Map.of("caseId", "case-1")));
        TestReceiver.FAILURES_LEFT.set(1);
        Instant now = Instant.now();
        dispatcher.dispatchDue(now);
        assertTrue(TestReceiver.RECEIVED.stream().noneMatch(r -> r.name().equals(name)));
        as("sbmi").get("/api/v1/webhooks/" + hookId + "/deliveries").then().statusCode(200)
                .body("items[0].status", is("PENDING")).body("items[0].attempts", is(1))
                .body("items[0].lastStatus", is(500));

        assertEquals(0, dispatcher.dispatchDue(now.plusSeconds(1)), "not due before its backoff");
        dispatcher.dispatchDue(now.plus(Duration.ofMinutes(1)));
        var received = TestReceiver.RECEIVED.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        assertTrue(received.body().contains(subject));
        assertEquals(WebhookSigner.sign(secret, received.headers().get("timestamp"), received.body()),
                received.headers().get("signature"));
        // Standard Webhooks: v1 = base64(HMAC-SHA256(base64-decoded whsec_ key, id.timestamp.body)), computed here
        // from the specification rather than with the service's signer
        assertTrue(secret.startsWith("whsec_"), secret);
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
        String signed = received.headers().get("webhook-id") + "." + received.headers().get("webhook-timestamp") + "."
                + received.body();
        assertEquals("v1," + java.util.Base64.getEncoder().encodeToString(
                mac.doFinal(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8))), received.headers().get("webhook-signature"));
        assertEquals(received.headers().get("timestamp"), received.headers().get("webhook-timestamp"));
        // sent to the address the host name resolved to, under the name itself
        assertEquals(receiver.getHost() + ":" + receiver.getPort(), received.headers().get("host"));
        as("sbmi").get("/api/v1/webhooks/" + hookId + "/deliveries").then().statusCode(200)
                .body("items[0].status", is("DELIVERED")).body("items[0].attempts", is(2));
    }

    @Test
    void webhooksBelongToTheirPartner() {
        String hookId = as("sbmi").body(Map.of("url", receiver + "x")).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        as("wcc").get("/api/v1/webhooks/" + hookId + "/deliveries").then().statusCode(404);
        as("wcc").delete("/api/v1/webhooks/" + hookId).then().statusCode(404);
        as("sbmi").delete("/api/v1/webhooks/" + hookId).then().statusCode(204);
        as("sbmi").get("/api/v1/webhooks").then().statusCode(200).body("items.id", not(hasItem(hookId)));
        as("sbmi").get("/api/v1/webhooks/" + hookId + "/deliveries").then().statusCode(404);
        as("disnaker").get("/api/v1/webhooks").then().statusCode(403);
        as("sbmi").body(Map.of("url", receiver + "x", "partnerCode", "WCC")).post("/api/v1/webhooks").then().statusCode(403);
        as("sbmi").body(Map.of("url", "ftp://example.org/x")).post("/api/v1/webhooks").then().statusCode(400)
                .body("errors.field", contains("url"));
    }

    @Test
    void aWorkerSeesOnlyTheirOwnEventsInTheirLanguage() {
        String worker1 = Workers.ownWorkerRecord("worker1");
        String worker2 = Workers.ownWorkerRecord("worker2");
        String start = as("worker1").get("/api/v1/me/events").then().statusCode(200).extract().path("nextCursor");
        String doc = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            workerEvents.publish(worker1, "DOCUMENT_REJECTED", "DOCUMENT", doc, "event.document.rejected", "PASSPORT", "blurred scan");
            workerEvents.publish(worker2, "DOCUMENT_REJECTED", "DOCUMENT", "other", "event.document.rejected", "KTP", "expired");
        });
        as("worker1").header("Accept-Language", "en").queryParam("cursor", start).get("/api/v1/me/events")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].subjectId", is(doc))
                .body("items[0].text", is("Document PASSPORT was rejected: blurred scan"));
        String next = as("worker1").queryParam("cursor", start).get("/api/v1/me/events")
                .then().statusCode(200).body("items[0].text", containsString("ditolak")).extract().path("nextCursor");
        as("worker1").queryParam("cursor", next).get("/api/v1/me/events").then().statusCode(200)
                .body("items", empty()).body("nextCursor", is(next));
        as("disnaker").get("/api/v1/me/events").then().statusCode(403);
    }
}
