package id.satuatap.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Short-lived access tokens: compact JWTs signed with HMAC-SHA256 under a secret from configuration, so every node
 * of a cluster verifies what any node issued without a shared key store or a call to the database. A token
 * carries the account's role, groups and worker link as they were when it was issued; it expires after
 * {@code satuatap.security.tokens.access-ttl}, and a refresh reads the account again.
 */
@ApplicationScoped
public class AccessTokens {

    static final String ISSUER = "satu-atap";
    private static final Logger LOG = Logger.getLogger(AccessTokens.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a verified token says. */
    public record Claims(String username, String sessionId, Role role, Set<String> groups, String workerId) {
    }

    private final SecretKeySpec key;

    @Inject
    AccessTokens(SecurityConfig config) {
        byte[] secret;
        if (config.tokens().secret().isPresent()) {
            secret = config.tokens().secret().get().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("satuatap.security.tokens.secret needs at least 32 characters");
            }
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.warn("satuatap.security.tokens.secret is not set: access tokens are signed with a key of this process "
                    + "only, so other nodes and a restarted process will not accept them");
        }
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String issue(Account account, String sessionId, Instant now, Instant expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", account.username);
        claims.put("sid", sessionId);
        claims.put("role", account.role.name());
        claims.put("groups", new TreeSet<>(account.groups));
        if (account.workerId != null) {
            claims.put("wid", account.workerId);
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        try {
            String body = HEADER + "." + B64.encodeToString(JSON.writeValueAsBytes(claims));
            return body + "." + B64.encodeToString(sign(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claims are plain strings and numbers", e);
        }
    }

    /** True for a token in this service's format, whether or not it is valid; other bearer tokens are an OIDC provider's. */
    public static boolean isOurs(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        try {
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return ISSUER.equals(payload.path("iss").asText());
        } catch (IllegalArgumentException | java.io.IOException e) {
            return false;
        }
    }

    /** The claims of a token this service signed and that has not expired. */
    public Optional<Claims> verify(String token, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
                return Optional.empty();
            }
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!ISSUER.equals(payload.path("iss").asText()) || payload.path("exp").asLong() <= now.getEpochSecond()) {
                return Optional.empty();
            }
            List<String> groups = new ArrayList<>();
            payload.path("groups").forEach(g -> groups.add(g.asText()));
            String workerId = payload.hasNonNull("wid") ? payload.get("wid").asText() : null;
            return Optional.of(new Claims(payload.path("sub").asText(), payload.path("sid").asText(),
                    Role.valueOf(payload.path("role").asText()), Set.copyOf(groups), workerId));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
