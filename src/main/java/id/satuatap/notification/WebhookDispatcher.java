package id.satuatap.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends queued webhook deliveries and retries failures with exponential backoff. Any node may run it: a
 * delivery is claimed with a conditional update before it is sent, so a cluster sends each one once.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    @Inject WebhookConfig config;

    private ScheduledExecutorService scheduler;
    private HttpClient http;

    /**
     * Built on the first delivery, not at start: the client sets up TLS (trust store, providers) and a selector
     * thread, which most installations, having no webhook, would carry in memory for nothing. If it cannot be
     * built (a broken trust store), that delivery fails with the error recorded and is retried like any other.
     */
    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.dispatcherActive()) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "webhook-dispatcher"));
            long every = config.pollInterval().toMillis();
            scheduler.scheduleWithFixedDelay(this::dispatchSafely, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void dispatchSafely() {
        try {
            dispatchDue(Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf("Webhook dispatch round failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Sends every delivery due at {@code now}; returns how many were attempted. */
    public int dispatchDue(Instant now) {
        List<String> due = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.<WebhookDelivery>find(
                        "status = ?1 and nextAttemptAt <= ?2 and (lockedUntil is null or lockedUntil < ?2) order by nextAttemptAt",
                        WebhookDelivery.Status.PENDING, now)
                .range(0, BATCH - 1).list().stream().map(d -> d.id).toList());
        int attempted = 0;
        for (String id : due) {
            if (claim(id, now)) {
                send(id, now);
                attempted++;
            }
        }
        return attempted;
    }

    private boolean claim(String id, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.update(
                "lockedUntil = ?1 where id = ?2 and status = ?3 and (lockedUntil is null or lockedUntil < ?4)",
                now.plus(config.requestTimeout()).plusSeconds(20), id, WebhookDelivery.Status.PENDING, now) == 1);
    }

    private void send(String id, Instant now) {
        record Target(String url, String secret, String payload) {
        }
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            Webhook hook = Webhook.findById(delivery.webhookId);
            return hook == null || !hook.active ? null : new Target(hook.url, hook.secret, delivery.payload);
        });
        Integer status = null;
        String error = null;
        if (target == null) {
            error = "webhook removed";
        } else {
            String timestamp = String.valueOf(now.getEpochSecond());
            try {
                HttpResponse<Void> response = http().send(HttpRequest.newBuilder(URI.create(target.url()))
                        .timeout(config.requestTimeout())
                        .header("Content-Type", "application/json")
                        .header("X-SatuAtap-Delivery", id)
                        .header("X-SatuAtap-Timestamp", timestamp)
                        .header("X-SatuAtap-Signature", WebhookSigner.sign(target.secret(), timestamp, target.payload()))
                        .POST(HttpRequest.BodyPublishers.ofString(target.payload()))
                        .build(), HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (Exception e) {
                error = e.getClass().getSimpleName();
            }
        }
        record(id, now, status, error, target == null);
    }

    private void record(String id, Instant now, Integer status, String error, boolean giveUp) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            delivery.attempts++;
            delivery.lastStatus = status;
            delivery.lastError = error;
            delivery.lockedUntil = null;
            if (status != null && status >= 200 && status < 300) {
                delivery.status = WebhookDelivery.Status.DELIVERED;
                delivery.deliveredAt = now;
            } else if (giveUp || delivery.attempts >= config.maxAttempts()) {
                delivery.status = WebhookDelivery.Status.FAILED;
                LOG.warnf("Webhook delivery %s failed for good after %d attempts", id, delivery.attempts);
            } else {
                delivery.nextAttemptAt = now.plus(config.firstRetryDelay().multipliedBy(1L << (delivery.attempts - 1)));
            }
        });
    }
}
