package id.satuatap.security;

import id.satuatap.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Sessions of phones: a password sign-in opens one, and each refresh rotates its refresh token. A refresh token
 * that comes back after it was rotated means two parties hold it, so the whole session ends.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject SecurityConfig config;
    @Inject AccessTokens tokens;
    @Inject AuditLog audit;

    /** What a sign-in or refresh hands the app. */
    public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken, String sessionId) {
    }

    /** A session as its owner sees it in the list of devices. */
    public record SessionView(String id, String device, Instant createdAt, Instant lastUsedAt) {
    }

    @Transactional
    public TokenPair open(Account account, String device) {
        Instant now = Now.now();
        var session = new AccountSession();
        session.username = account.username;
        session.device = device;
        session.createdAt = now;
        session.lastUsedAt = now;
        session.expiresAt = now.plus(config.tokens().refreshTtl());
        session.persist();
        return pair(account, session, now);
    }

    /** A new pair for a refresh token used for the first time; 401 otherwise (and the session ends on reuse). */
    public TokenPair refresh(String refreshToken) {
        TokenPair pair = QuarkusTransaction.requiringNew().call(() -> rotate(refreshToken));
        if (pair == null) {
            throw new AuthenticationFailedException();
        }
        return pair;
    }

    private TokenPair rotate(String refreshToken) {
        Instant now = Now.now();
        RefreshToken token = RefreshToken.findById(hash(refreshToken), LockModeType.PESSIMISTIC_WRITE);
        if (token == null) {
            return null;
        }
        AccountSession session = AccountSession.findById(token.sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (!active(session, now)) {
            return null;
        }
        Account account = Account.findByUsername(session.username).orElse(null);
        if (token.usedAt != null || account == null || !account.enabled) {
            end(session, token.usedAt != null ? "reuse" : "system", now);
            if (token.usedAt != null) {
                audit.record("system", "SESSION_TOKEN_REUSED", "SESSION", session.id, null);
            }
            return null;
        }
        token.usedAt = now;
        session.lastUsedAt = now;
        return pair(account, session, now);
    }

    /** Whether the session a token names is still open; a bearer token of an ended session is refused. */
    public boolean isActive(String sessionId) {
        return QuarkusTransaction.joiningExisting().call(() -> active(AccountSession.findById(sessionId), Now.now()));
    }

    public List<SessionView> list(String username) {
        return AccountSession.<AccountSession>list("username = ?1 and revokedAt is null and expiresAt > ?2 order by createdAt",
                        username, Now.now()).stream()
                .map(s -> new SessionView(s.id, s.device, s.createdAt, s.lastUsedAt)).toList();
    }

    /** Ends one session of this account; false when it has no such open session. */
    @Transactional
    public boolean revoke(String username, String sessionId, String actor) {
        AccountSession session = AccountSession.findById(sessionId);
        if (session == null || !session.username.equals(username) || !active(session, Now.now())) {
            return false;
        }
        end(session, actor, Now.now());
        return true;
    }

    /** Ends every session of the account, e.g. when a desk unlinks it or the phone is lost; returns how many. */
    @Transactional
    public int revokeAll(String username, String actor) {
        Instant now = Now.now();
        List<AccountSession> open = AccountSession.list("username = ?1 and revokedAt is null", username);
        open.forEach(s -> end(s, actor, now));
        return open.size();
    }

    private static boolean active(AccountSession session, Instant now) {
        return session != null && session.revokedAt == null && session.expiresAt.isAfter(now);
    }

    private static void end(AccountSession session, String actor, Instant now) {
        session.revokedAt = now;
        session.revokedBy = actor.length() > 64 ? actor.substring(0, 64) : actor;
    }

    private TokenPair pair(Account account, AccountSession session, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var token = new RefreshToken();
        token.tokenHash = hash(refresh);
        token.sessionId = session.id;
        token.issuedAt = now;
        token.persist();
        var ttl = config.tokens().accessTtl();
        String access = tokens.issue(account, session.id, now, now.plus(ttl));
        return new TokenPair(access, "Bearer", ttl.toSeconds(), refresh, session.id);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
