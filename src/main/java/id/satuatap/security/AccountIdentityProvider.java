package id.satuatap.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic against the account table. A slow password hash is the point of PBKDF2, so a successful
 * check is remembered briefly (by a digest of the credentials, never the password itself) instead of
 * being paid on every request of a busy desk client.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String GROUPS = "groups";
    static final String WORKER_ID = "workerId";
    private static final Duration REMEMBER = Duration.ofMinutes(2);
    private static final int MAX_REMEMBERED = 10_000;

    private record Verified(String digest, SecurityIdentity identity, Instant until) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    /** Forgets remembered sign-ins of an account whose password, role or groups changed. */
    public void forget(String username) {
        verified.remove(username);
    }

    private SecurityIdentity verify(String username, String password) {
        String digest = digest(username, password);
        Verified known = verified.get(username);
        if (known != null && known.digest().equals(digest) && Instant.now().isBefore(known.until())) {
            return known.identity();
        }
        Account account = QuarkusTransaction.joiningExisting().call(() -> Account.findByUsername(username).orElse(null));
        if (account == null || !account.enabled || !PasswordHasher.matches(password, account.passwordHash)) {
            throw new AuthenticationFailedException();
        }
        SecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRole(account.role.roleName())
                .addAttribute(GROUPS, Set.copyOf(account.groups))
                .addAttribute(WORKER_ID, account.workerId == null ? "" : account.workerId)
                .build();
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
