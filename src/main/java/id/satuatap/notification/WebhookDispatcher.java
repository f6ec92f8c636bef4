package id.satuatap.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends queued webhook deliveries and retries failures with exponential backoff. Any node may run it: a
 * delivery is claimed with a conditional update before it is sent, so a cluster sends each one once.
 * Before each attempt the host is resolved and every address checked ({@link WebhookTargets}); the request goes
 * to a checked address, with the URL's host name in the Host header, the TLS server name and the certificate check.
 * A target that resolves outside the public internet fails the delivery for good; one that does not resolve is retried.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    @Inject WebhookConfig config;
    @Inject WebhookTargets targets;
    @Inject Vertx vertx;

    private ScheduledExecutorService scheduler;
    private HttpClient http;

    /**
     * Built on the first delivery, not at start: most installations have no webhook. One connection per delivery
     * (no keep-alive): each attempt connects to the address checked for it, and deliveries are few.
     */
    private synchronized HttpClient http() {
        if (http == null) {
            http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setVerifyHost(true)
                    .setConnectTimeout((int) config.requestTimeout().toMillis()));
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
        synchronized (this) {
            if (http != null) {
                http.close();
            }
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

    private record Target(String url, String secret, String payload) {
    }

    private void send(String id, Instant now) {
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            Webhook hook = Webhook.findById(delivery.webhookId);
            return hook == null || !hook.active ? null : new Target(hook.url, hook.secret, delivery.payload);
        });
        Integer status = null;
        String error = null;
        boolean giveUp = target == null;
        if (target == null) {
            error = "webhook removed";
        } else {
            try {
                status = post(URI.create(target.url()), id, String.valueOf(now.getEpochSecond()), target);
            } catch (WebhookTargets.Refused e) {
                // An address outside the public internet fails the delivery for good; a name that did not resolve
                // is retried like a failed connection.
                error = (e.notPublic() ? "refused: the host " : "the host ") + e.getMessage();
                giveUp = e.notPublic();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (ExecutionException e) {
                error = e.getCause().getClass().getSimpleName();
            } catch (Exception e) {
                error = e.getClass().getSimpleName();
            }
        }
        record(id, now, status, error, giveUp);
    }

    /** Posts the payload to the first address of the host that passed the check; returns the status code. */
    private int post(URI url, String id, String timestamp, Target target) throws Exception {
        InetAddress address = targets.addresses(url).get(0);
        boolean tls = "https".equals(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
        String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        long timeout = config.requestTimeout().toMillis();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setHost(url.getHost().replace("[", "").replace("]", ""))
                .setPort(port)
                .setSsl(tls)
                .setURI(path)
                .setFollowRedirects(false)
                .setConnectTimeout(timeout)
                .setTimeout(timeout)
                .putHeader("Content-Type", "application/json")
                .putHeader("X-SatuAtap-Delivery", id)
                .putHeader("X-SatuAtap-Timestamp", timestamp)
                .putHeader("X-SatuAtap-Signature", WebhookSigner.sign(target.secret(), timestamp, target.payload()))
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", timestamp)
                .putHeader("webhook-signature", WebhookSigner.standardSignature(target.secret(), id, timestamp, target.payload()));
        return http().request(request)
                .compose(r -> r.send(Buffer.buffer(target.payload())))
                .compose(response -> response.end().map(ended -> response.statusCode()))
                .toCompletionStage().toCompletableFuture()
                .get(2 * timeout, TimeUnit.MILLISECONDS);
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
