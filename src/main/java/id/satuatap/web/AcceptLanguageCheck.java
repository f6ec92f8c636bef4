package id.satuatap.web;

import id.satuatap.problem.FieldError;
import id.satuatap.problem.ProblemMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Locale;

/**
 * A malformed {@code Accept-Language} ({@code en;q=2}) is refused before anything reads it: every error
 * answer picks its language from that header, and used to fail on it with a 500.
 */
public class AcceptLanguageCheck {

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String header = request.getHeaderString("Accept-Language");
        try {
            // RFC 9110's grammar (weights 0 to 1, three decimals at most), and what the JAX-RS parser accepts.
            if (header != null && !header.isBlank()) {
                Locale.LanguageRange.parse(header);
            }
            request.getAcceptableLanguages();
            return null;
        } catch (RuntimeException e) {
            return ProblemMapper.problem(null, 400, "validation", "The request has invalid fields.",
                    List.of(new FieldError("Accept-Language", "is not a list of languages with weights between 0 and 1, "
                            + "e.g. 'id, en;q=0.8'")));
        }
    }
}
