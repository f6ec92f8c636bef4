package id.satuatap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.satuatap.i18n.Messages;
import id.satuatap.problem.FieldError;
import id.satuatap.problem.Problem;
import id.satuatap.problem.ProblemMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses an oversized request before any route reads it, with a problem+json body: Vert.x itself answers
 * 413, 414 and 431 with an empty one. Netty's own limits (application.properties) are set above these, so a
 * request between the two gets this answer; only one beyond Netty's limit still gets Vert.x's bare status.
 */
@ApplicationScoped
public class RequestLimits {

    /** The header and request-line limits Vert.x applied by default before Netty's were raised. */
    static final int MAX_HEADER_BYTES = 20 * 1024;
    static final int MAX_URI_LENGTH = 4096;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody;
    @Inject ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            refuse(context, 414, "The request line is longer than " + MAX_URI_LENGTH + " characters.", "uri");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            refuse(context, 431, "The headers are larger than " + MAX_HEADER_BYTES / 1024 + " KiB.", "headers");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            refuse(context, 413, "The body is larger than " + maxBody.asLongValue() / (1024 * 1024) + " MiB.", "body");
            return;
        }
        context.next();
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBody.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void refuse(RoutingContext context, int status, String detail, String field) {
        Problem body = ProblemMapper.body(languages(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)), status,
                "too-large", detail, List.of(new FieldError(field, "is too large")));
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The rest of an oversized body is not read: the connection closes after the answer.
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(text);
    }

    /** The caller's languages, or none when the header is missing or malformed. */
    static List<Locale> languages(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList();
        } catch (IllegalArgumentException e) {
            return List.of(Messages.INDONESIAN);
        }
    }
}
