package id.satuatap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satuatap.problem.ProblemMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code Idempotency-Key} on every POST: phones on village networks resend when an answer gets lost, so a
 * repeat with the same key and body returns the first response and creates nothing; the same key with another
 * body is refused (422). Keys live in the database, so this holds across restarts and nodes.
 */
public class IdempotencyFilter {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    static final String HEADER = "Idempotency-Key";
    private static final String RECORD = IdempotencyFilter.class.getName() + ".record";

    @Inject SecurityIdentity identity;
    @Inject IdempotencyConfig config;
    @Inject ObjectMapper json;

    private final java.util.concurrent.atomic.AtomicReference<Instant> lastSweep =
            new java.util.concurrent.atomic.AtomicReference<>(Instant.EPOCH);

    @ServerRequestFilter
    public Response before(ContainerRequestContext request, HttpHeaders headers) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return null;
        }
        if (key.isBlank() || key.length() > 255) {
            return ProblemMapper.problem(headers, 400, "validation", "The request has invalid fields.",
                    List.of(new id.satuatap.problem.FieldError(HEADER, "must be 1 to 255 characters")));
        }
        if (identity.isAnonymous()) {
            return null;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String id = identity.getPrincipal().getName() + "|" + key;
        String hash = hash(request, body);
        Instant now = Instant.now();
        sweepExpired(now);
        Response earlier = QuarkusTransaction.requiringNew().call(() -> {
            IdempotencyRecord existing = IdempotencyRecord.findById(id);
            if (existing != null && isExpired(existing, now)) {
                existing.delete();
                IdempotencyRecord.flush();
                existing = null;
            }
            if (existing == null) {
                var record = new IdempotencyRecord();
                record.id = id;
                record.requestHash = hash;
                record.createdAt = now;
                record.persist();
                return null;
            }
            if (!existing.requestHash.equals(hash)) {
                return ProblemMapper.problem(headers, 422, "process-state",
                        "This Idempotency-Key was used for a different request.", List.of());
            }
            if (!existing.completed) {
                return ProblemMapper.problem(headers, 409, "conflict",
                        "A request with this Idempotency-Key is still being processed; retry shortly.", List.of());
            }
            return replay(existing);
        });
        if (earlier == null) {
            request.setProperty(RECORD, id);
        }
        return earlier;
    }

    @ServerResponseFilter
    public void after(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        Object id = request.getProperty(RECORD);
        if (id == null) {
            return;
        }
        int status = response.getStatus();
        if (status >= 500 || status == 401 || status == 409) {
            // Not an answer the client should get again: let the retry run for real.
            remember(id, () -> IdempotencyRecord.deleteById(id));
            return;
        }
        String body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        MediaType type = response.getMediaType();
        remember(id, () -> {
            IdempotencyRecord record = IdempotencyRecord.findById(id);
            if (record != null) {
                record.completed = true;
                record.status = status;
                record.responseBody = body;
                record.location = location == null ? null : location.toString();
                record.contentType = type == null ? null : type.toString();
            }
        });
    }

    /**
     * The request's own work has committed (or failed) by now; if the database is lost just before its answer is
     * recorded, the client still gets that true answer rather than a 500. The key stays "in progress" until
     * {@code stale-after}, so a retry meanwhile gets 409.
     */
    private static void remember(Object id, Runnable update) {
        try {
            QuarkusTransaction.requiringNew().run(update);
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the answer for an idempotency key: %s", e.getClass().getSimpleName());
        }
    }

    /** Keeps the table bounded: at most every ten minutes, drop keys past their retention. */
    private void sweepExpired(Instant now) {
        Instant last = lastSweep.get();
        if (last.plusSeconds(600).isBefore(now) && lastSweep.compareAndSet(last, now)) {
            Instant cutoff = now.minus(config.retention());
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1", cutoff));
        }
    }

    private boolean isExpired(IdempotencyRecord record, Instant now) {
        return record.createdAt.plus(config.retention()).isBefore(now)
                || !record.completed && record.createdAt.plus(config.staleAfter()).isBefore(now);
    }

    private static Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder builder = Response.status(record.status).header("Idempotent-Replayed", "true");
        if (record.responseBody != null) {
            builder.entity(record.responseBody).type(record.contentType);
        }
        if (record.location != null) {
            builder.header(HttpHeaders.LOCATION, record.location);
        }
        return builder.build();
    }

    /**
     * Method, path and body. A multipart body is hashed with its boundary blanked out, because a phone that
     * resends an upload picks a new random boundary for the same content.
     */
    private static String hash(ContainerRequestContext request, byte[] body) {
        byte[] content = body;
        MediaType type = request.getMediaType();
        if (type != null && type.getParameters().containsKey("boundary")) {
            String boundary = type.getParameters().get("boundary");
            content = new String(body, StandardCharsets.ISO_8859_1).replace(boundary, "")
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
