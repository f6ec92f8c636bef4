package id.satuatap.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.JsonParseException;
import id.satuatap.i18n.Messages;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one place where exceptions become RFC 9457 responses. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://satuatap.id/problems/";

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers) {
        return problem(headers, e.status(), e.kind(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, HttpHeaders headers) {
        return violations(e, headers);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, HttpHeaders headers) {
        return violations(e, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, HttpHeaders headers) {
        return problem(headers, 400, "bad-request", "The body is not valid JSON.", List.of());
    }

    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e, HttpHeaders headers) {
        return jsonField(e, headers);
    }

    @ServerExceptionMapper
    public Response wrongJsonFormat(InvalidFormatException e, HttpHeaders headers) {
        return jsonField(e, headers);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers) {
        return jsonField(e, headers);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers) {
        return problem(headers, 400, "bad-request", "The body could not be read.", List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers) {
        return challenge(headers);
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, HttpHeaders headers) {
        return challenge(headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return problem(headers, 403, "forbidden", "Your role may not do this.", List.of());
    }

    @ServerExceptionMapper
    public Response staleEngineState(OptimisticLockingException e, HttpHeaders headers) {
        return problem(headers, 409, "conflict", "Someone else changed this at the same time; reload and retry.", List.of());
    }

    @ServerExceptionMapper
    public Response claimed(TaskAlreadyClaimedException e, HttpHeaders headers) {
        return problem(headers, 409, "conflict", "The task is claimed by someone else.", List.of());
    }

    @ServerExceptionMapper
    public Response suspended(SuspendedEntityInteractionException e, HttpHeaders headers) {
        return problem(headers, 422, "process-state", "The process is suspended.", List.of());
    }

    @ServerExceptionMapper
    public Response engine(ProcessEngineException e, HttpHeaders headers) {
        if (databaseUnreachable(e)) {
            return unavailable(headers);
        }
        // Delegates of synchronous steps end up here; the client's request was fine, the process could not go on.
        LOG.warnf("Process engine refused a request: %s", e.getClass().getSimpleName());
        LOG.debug("Engine refusal", e);
        return problem(headers, 422, "process-state", "The process could not continue from this step.", List.of());
    }

    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers) {
        // A unique key hit by a concurrent request that passed the service's own existence check.
        return problem(headers, 409, "conflict", "This record already exists.", List.of());
    }

    @ServerExceptionMapper
    public Response staleEntity(jakarta.persistence.OptimisticLockException e, HttpHeaders headers) {
        return problem(headers, 409, "conflict", "Someone else changed this at the same time; reload and retry.", List.of());
    }

    /** A multipart body cut short or without its boundary: the client's fault, not the server's. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, HttpHeaders headers) {
        if (Arrays.stream(e.getStackTrace()).anyMatch(frame -> frame.getClassName().endsWith(".FormBodyHandler")
                || frame.getClassName().contains(".multipart."))) {
            return problem(headers, 400, "bad-request", "The multipart body could not be read.",
                    List.of(new FieldError("body", "is not a complete multipart/form-data body")));
        }
        return unexpected(e, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        String kind = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "error" : "bad-request";
        };
        if (status == 401) {
            return challenge(headers);
        }
        return problem(headers, status, kind, null, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers) {
        if (databaseUnreachable(e)) {
            return unavailable(headers);
        }
        LOG.error("Unexpected failure", e);
        return problem(headers, 500, "error", "An unexpected error occurred; it has been logged.", List.of());
    }

    /**
     * A lost database is the server's trouble, not the client's: 503 with Retry-After, never 500. The connection
     * error may hide in a cause, in the next exception of a JDBC batch, or in a suppressed exception (a failed
     * commit reports its XA error so); SQL states of class 08 are connection errors, 57P0x a server shutting down.
     */
    static boolean databaseUnreachable(Throwable e) {
        return databaseUnreachable(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean databaseUnreachable(Throwable e, java.util.Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return false;
        }
        if (e instanceof java.sql.SQLTransientConnectionException
                || e instanceof java.sql.SQLNonTransientConnectionException
                || e instanceof org.hibernate.exception.JDBCConnectionException
                || e instanceof java.net.ConnectException
                || e instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
            return true;
        }
        if (e instanceof java.sql.SQLException sql && databaseUnreachable(sql.getNextException(), seen)) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (databaseUnreachable(suppressed, seen)) {
                return true;
            }
        }
        return databaseUnreachable(e.getCause(), seen);
    }

    /**
     * The request's work succeeded but its commit did not, so nothing of it stayed. Called where a transaction ends
     * outside any exception mapper (the Idempotency-Key filter commits after the resource returned).
     */
    public static Response failedCommit(Throwable e, HttpHeaders headers) {
        if (databaseUnreachable(e)) {
            return unavailable(headers);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof OptimisticLockingException) {
                return problem(headers, 409, "conflict", "Someone else changed this at the same time; reload and retry.", List.of());
            }
        }
        // The message of a failed statement may quote a worker's data: keep it out of the warning.
        LOG.warnf("A commit failed: %s", e.getClass().getSimpleName());
        LOG.debug("Failed commit", e);
        return problem(headers, 500, "error", "An unexpected error occurred; it has been logged.", List.of());
    }

    private static Response unavailable(HttpHeaders headers) {
        LOG.warn("Database unreachable; answering 503");
        return Response.fromResponse(problem(headers, 503, "unavailable", "The database cannot be reached; retry shortly.", List.of()))
                .header("Retry-After", "5").build();
    }

    private Response violations(ConstraintViolationException e, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        return problem(headers, 400, "validation", "The request has invalid fields.", errors);
    }

    /**
     * Names the field as the client wrote it: {@code address.regencyCode} for a body property, {@code limit}
     * for a query parameter (the Java method and body-parameter names mean nothing to the client).
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, RETURN_VALUE -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable() && !names.isEmpty()) {
                        String key = node.getIndex() != null ? node.getIndex().toString() : String.valueOf(node.getKey());
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + key + "]");
                    }
                    if (node.getName() != null) {
                        names.add(node.getName());
                    }
                }
            }
        }
        return names.isEmpty() ? String.valueOf(parameter) : String.join(".", names);
    }

    private Response jsonField(JsonMappingException e, HttpHeaders headers) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            return problem(headers, 400, "bad-request", "The body does not have the expected shape.", List.of());
        }
        return problem(headers, 400, "validation", "The request has invalid fields.",
                List.of(new FieldError(field, "has the wrong type or format")));
    }

    public static Response challenge(HttpHeaders headers) {
        return Response.fromResponse(problem(headers, 401, "unauthorized", "Sign in with valid credentials.", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Satu Atap\"")
                .build();
    }

    public static Response problem(HttpHeaders headers, int status, String kind, String detail, List<FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body(headers, status, kind, detail, errors)).build();
    }

    public static Problem body(HttpHeaders headers, int status, String kind, String detail, List<FieldError> errors) {
        return body(acceptableLanguages(headers), status, kind, detail, errors);
    }

    public static Problem body(List<Locale> languages, int status, String kind, String detail, List<FieldError> errors) {
        Locale locale = Messages.pick(languages);
        return new Problem(TYPE_BASE + kind, Messages.text(locale, "problem." + kind), status, detail, errors);
    }

    /** The caller's languages; none when the header is malformed, which the request is refused for anyway. */
    private static List<Locale> acceptableLanguages(HttpHeaders headers) {
        try {
            return headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
