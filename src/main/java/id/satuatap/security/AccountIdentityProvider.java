package id.satuatap.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic against the account table (through {@link SignIn}). A slow password hash is the point of PBKDF2,
 * so a successful check is remembered briefly (by a digest of the credentials, never the password itself)
 * instead of being paid on every request of a busy desk client. Failures are never remembered: each one is
 * hashed and counted.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Duration REMEMBER = Duration.ofMinutes(2);
    private static final int MAX_REMEMBERED = 10_000;

    private record Verified(String digest, SecurityIdentity identity, Instant until) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject SignIn signIn;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String address = ClientAddress.of(HttpSecurityUtils.getRoutingContextAttribute(request));
        return context.runBlocking(() -> verify(request.getUsername(), new String(request.getPassword().getPassword()), address));
    }

    /** Forgets remembered sign-ins of an account whose password, role, groups or worker link changed. */
    public void forget(String username) {
        verified.remove(username);
    }

    private SecurityIdentity verify(String username, String password, String address) {
        String digest = digest(username, password);
        Verified known = verified.get(username);
        if (known != null && known.digest().equals(digest) && Instant.now().isBefore(known.until())) {
            return known.identity();
        }
        SecurityIdentity identity = Identities.of(signIn.verify(username, password, address));
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(username, new Verified(digest, identity, Instant.now().plus(REMEMBER)));
        return identity;
    }

    private static String digest(String username, String password) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return java.util.HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
