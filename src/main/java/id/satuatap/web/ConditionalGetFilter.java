package id.satuatap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;


/**
 * Every JSON answer to a GET carries an ETag (the one the resource set, else a digest of the body), and a client
 * that sends it back in {@code If-None-Match} gets 304 without the body: a phone polling its application's status
 * on a village network downloads it only when it changed.
 */
public class ConditionalGetFilter {

    @Inject ObjectMapper json;

    @ServerResponseFilter
    public void conditional(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        byte[] body = tag == null ? json.writeValueAsBytes(response.getEntity()) : null;
        String etag = tag != null ? tag.toString() : ETags.weakDigest(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else if (body != null) {
            // The bytes just hashed are the answer: status polls are the hottest path, serialise them once.
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(bare)) {
                return true;
            }
        }
        return false;
    }
}
