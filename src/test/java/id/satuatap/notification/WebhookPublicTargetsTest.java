package id.satuatap.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.satuatap.support.Api.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook address filter as production runs it (local targets not allowed; the other tests allow them because
 * they deliver to the test app itself): refused at registration, and refused again at delivery when a registered
 * host has come to point into a private network since.
 */
@QuarkusTest
@TestProfile(WebhookPublicTargetsTest.PublicTargetsOnly.class)
class WebhookPublicTargetsTest {

    public static class PublicTargetsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("satuatap.webhooks.allow-local-targets", "false");
        }
    }

    @Inject PartnerEvents partnerEvents;
    @Inject WebhookDispatcher dispatcher;

    @TestHTTPResource("/test-receiver/")
    URL receiver;

    @Test
    void registrationRefusesTargetsOutsideThePublicInternet() {
        for (String url : List.of("https://[fd00::1]/hook", "https://100.64.0.1/hook", "https://localhost/hook",
                "https://127.0.0.1/hook", "https://[::1]/hook", "https://10.0.0.5/hook", "https://169.254.169.254/latest",
                "https://[fe80::1]/hook", "https://[::ffff:192.168.1.1]/hook", "https://[64:ff9b::a00:1]/hook",
                "https://0.0.0.0/hook", "https://198.18.0.1/hook", "https://[2001:db8::1]/hook", "https://240.0.0.1/hook")) {
            as("sbmi").header("Accept-Language", "en").body(Map.of("url", url)).post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("url"))
                    .body("errors[0].message", containsString("outside the public internet"));
        }
        as("sbmi").body(Map.of("url", "https://satuatap-no-such-host.invalid/hook")).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", is("url"))
                .body("errors[0].message", containsString("cannot be resolved"));
        String publicHook = as("sbmi").body(Map.of("url", "https://93.184.215.14/hook")).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        as("sbmi").delete("/api/v1/webhooks/" + publicHook).then().statusCode(204);
    }

    @Test
    void aDeliveryToAHostThatNowResolvesIntoAPrivateNetworkIsRefusedAndFailed() {
        String name = "repointed-" + UUID.randomUUID();
        // Three hooks registered while their host was a public address; then the names came to point elsewhere
        // (a DNS change cannot be made in a test, so the stored URLs are changed instead).
        Map<String, String> repointedTo = new LinkedHashMap<>();
        repointedTo.put("https://[fd00::1]/hook", "unique-local");
        repointedTo.put("https://100.64.0.1/hook", "carrier-grade NAT");
        // localhost resolves to loopback, where the test app's receiver would accept the delivery
        repointedTo.put(receiver.toString().replace("127.0.0.1", "localhost") + name, "loopback");
        Map<String, String> hooks = new LinkedHashMap<>();
        for (String target : repointedTo.keySet()) {
            String id = as("sbmi").body(Map.of("url", "https://93.184.215.14/hook")).post("/api/v1/webhooks")
                    .then().statusCode(201).extract().path("id");
            QuarkusTransaction.requiringNew().run(() -> Webhook.update("url = ?1 where id = ?2", target, id));
            hooks.put(id, target);
        }
        QuarkusTransaction.requiringNew().run(() -> partnerEvents.publish("SBMI", "REFERRAL_OFFERED", "REFERRAL",
                UUID.randomUUID().toString(), Map.of("caseId", "case-1")));

        dispatcher.dispatchDue(Instant.now());

        hooks.forEach((id, target) -> as("sbmi").get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", is("FAILED"))
                .body("items[0].attempts", is(1))
                .body("items[0].lastStatus", nullValue())
                .body("items[0].lastError", allOf(startsWith("refused"), containsString(repointedTo.get(target)))));
        assertTrue(TestReceiver.RECEIVED.stream().noneMatch(r -> r.name().equals(name)), "nothing reached loopback");
        hooks.keySet().forEach(id -> as("sbmi").delete("/api/v1/webhooks/" + id).then().statusCode(204));
    }

    @Test
    void aHostThatNoLongerResolvesIsRetriedNotFailed() {
        String id = as("sbmi").body(Map.of("url", "https://93.184.215.14/hook")).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> Webhook.update("url = ?1 where id = ?2",
                "https://satuatap-no-such-host.invalid/hook", id));
        QuarkusTransaction.requiringNew().run(() -> partnerEvents.publish("SBMI", "REFERRAL_OFFERED", "REFERRAL",
                UUID.randomUUID().toString(), Map.of("caseId", "case-2")));

        dispatcher.dispatchDue(Instant.now());

        as("sbmi").get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", is("PENDING")).body("items[0].attempts", is(1))
                .body("items[0].lastError", containsString("cannot be resolved"));
        as("sbmi").delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }
}
