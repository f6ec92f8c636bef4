package id.satuatap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satuatap.problem.FieldError;
import id.satuatap.problem.Problem;
import id.satuatap.problem.ProblemMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
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
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code Idempotency-Key} on every POST: phones on village networks resend when an answer gets lost, so a
 * repeat with the same key and body returns the first response and creates nothing; the same key with another
 * body is refused (422). Keys live in the database, so this holds across restarts and nodes.
 * <p>
 * A keyed request runs in one transaction that this filter begins: the key, the request's work and its answer
 * commit together or not at all. A node that dies at any point therefore leaves either nothing (the retry runs
 * for real) or the work with its answer (the retry gets that answer), never work without a key. A concurrent
 * repeat waits on the key's row lock and then gets the first answer.
 */
public class IdempotencyFilter {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    static final String HEADER = "Idempotency-Key";
    private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";

    @Inject SecurityIdentity identity;
    @Inject IdempotencyConfig config;
    @Inject ObjectMapper json;

    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    private record Pending(String id, String hash, Instant createdAt, HttpHeaders headers) { }

    @ServerRequestFilter
    public Response before(ContainerRequestContext request, HttpHeaders headers) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return null;
        }
        if (key.isBlank() || key.length() > 255) {
            return ProblemMapper.problem(headers, 400, "validation", "The request has invalid fields.",
                    List.of(new FieldError(HEADER, "must be 1 to 255 characters")));
        }
        if (identity.isAnonymous()) {
            return null;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        var pending = new Pending(identity.getPrincipal().getName() + "|" + key, hash(request, body), Instant.now(),
                headers);
        sweepExpired(pending.createdAt());
        Response earlier = QuarkusTransaction.requiringNew().call(() -> earlierAnswer(pending, headers));
        if (earlier != null) {
            return earlier;
        }
        QuarkusTransaction.begin();
        try {
            IdempotencyRecord.getEntityManager().persist(newRecord(pending));
            IdempotencyRecord.flush();
        } catch (PersistenceException taken) {
            // The same key is in a request that committed while we looked, or is still running and holds the lock.
            QuarkusTransaction.rollback();
            Response first = QuarkusTransaction.requiringNew().call(() -> earlierAnswer(pending, headers));
            return first != null ? first : stillRunning(headers);
        }
        request.setProperty(PENDING, pending);
        return null;
    }

    @ServerResponseFilter
    public void after(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if (!(request.getProperty(PENDING) instanceof Pending pending)) {
            return;
        }
        int status = response.getStatus();
        if (status >= 400) {
            // A refused request did no work; its answer is kept apart so that nothing else of it commits.
            endWithoutCommit();
            if (status < 500 && status != 401 && status != 409) {
                rememberRefusal(pending, response);
            }
            return;
        }
        try {
            if (QuarkusTransaction.getStatus() != Status.STATUS_ACTIVE) {
                // Rolled back under the resource's feet (the transaction timed out): its success is not true.
                throw new IllegalStateException("The request's transaction ended before its answer was kept");
            }
            keepAnswer(IdempotencyRecord.findById(pending.id()), response);
            QuarkusTransaction.commit();
        } catch (RuntimeException | JsonProcessingException failed) {
            endWithoutCommit();
            // Nothing of the request stayed: tell the client so, instead of the success it was about to get.
            Response problem = ProblemMapper.failedCommit(failed, pending.headers());
            response.setStatus(problem.getStatus());
            response.getHeaders().clear();
            response.getHeaders().putAll(problem.getHeaders());
            response.setEntity(problem.getEntity(), null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private static void endWithoutCommit() {
        if (QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            QuarkusTransaction.rollback();
        }
    }

    private Response earlierAnswer(Pending pending, HttpHeaders headers) {
        IdempotencyRecord existing = IdempotencyRecord.findById(pending.id());
        if (existing == null) {
            return null;
        }
        if (existing.createdAt.plus(config.retention()).isBefore(pending.createdAt())) {
            existing.delete();
            return null;
        }
        if (!existing.requestHash.equals(pending.hash())) {
            return ProblemMapper.problem(headers, 422, "process-state",
                    "This Idempotency-Key was used for a different request.", List.of());
        }
        return replay(existing);
    }

    private void rememberRefusal(Pending pending, ContainerResponseContext response) throws JsonProcessingException {
        IdempotencyRecord record = newRecord(pending);
        keepAnswer(record, response);
        try {
            QuarkusTransaction.requiringNew().run(record::persist);
        } catch (RuntimeException e) {
            // A repeat got there first, or the database is gone: the client still gets this true answer.
            LOG.debugf("Refusal for an idempotency key not kept: %s", e.getClass().getSimpleName());
        }
    }

    private static IdempotencyRecord newRecord(Pending pending) {
        var record = new IdempotencyRecord();
        record.id = pending.id();
        record.requestHash = pending.hash();
        record.createdAt = pending.createdAt();
        return record;
    }

    private void keepAnswer(IdempotencyRecord record, ContainerResponseContext response) throws JsonProcessingException {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        MediaType type = response.getMediaType();
        record.status = response.getStatus();
        record.responseBody = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        record.location = location == null ? null : location.toString();
        record.contentType = type == null ? null : type.toString();
    }

    private static Response stillRunning(HttpHeaders headers) {
        return ProblemMapper.problem(headers, 409, "conflict",
                "A request with this Idempotency-Key is still being processed; retry shortly.", List.of());
    }

    /** Keeps the table bounded: at most every ten minutes, drop keys past their retention. */
    private void sweepExpired(Instant now) {
        Instant last = lastSweep.get();
        if (last.plusSeconds(600).isBefore(now) && lastSweep.compareAndSet(last, now)) {
            Instant cutoff = now.minus(config.retention());
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1", cutoff));
        }
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
