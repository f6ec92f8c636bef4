package id.satuatap.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Queues an event for every active webhook of a partner, in the caller's transaction: the event is sent only
 * if what it reports was committed, and it is never lost once it was.
 */
@ApplicationScoped
public class PartnerEvents {

    @Inject ObjectMapper json;

    /** @param data ids, codes and statuses only; consent decides what personal data a partner may get */
    @Transactional(Transactional.TxType.REQUIRED)
    public void publish(String partnerCode, String type, String subjectType, String subjectId, Map<String, Object> data) {
        List<Webhook> hooks = Webhook.list("partnerCode = ?1 and active = true", partnerCode);
        if (hooks.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("occurredAt", now.toString());
        event.put("partner", partnerCode);
        event.put("subjectType", subjectType);
        event.put("subjectId", subjectId);
        event.put("data", data);
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data must be JSON-serialisable", e);
        }
        for (Webhook hook : hooks) {
            var delivery = new WebhookDelivery();
            delivery.webhookId = hook.id;
            delivery.eventType = type;
            delivery.payload = payload;
            delivery.createdAt = now;
            delivery.nextAttemptAt = now;
            delivery.persist();
        }
    }
}
