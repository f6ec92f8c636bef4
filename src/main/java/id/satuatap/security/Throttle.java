package id.satuatap.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Counts attempts per key in the database, so a guesser spreading requests over the nodes of a cluster meets
 * one count. Each change runs in its own transaction: a refused sign-in must still be counted.
 */
@ApplicationScoped
public class Throttle {

    /** How long the longest of these keys is still locked; empty when none is. */
    public Optional<Duration> lockedFor(String... keys) {
        Instant now = Now.now();
        return QuarkusTransaction.joiningExisting().call(() -> {
            Duration longest = Duration.ZERO;
            for (String key : keys) {
                ThrottleEntry entry = ThrottleEntry.findById(digest(key));
                if (entry != null && entry.blockedUntil != null && entry.blockedUntil.isAfter(now)) {
                    Duration left = Duration.between(now, entry.blockedUntil);
                    longest = left.compareTo(longest) > 0 ? left : longest;
                }
            }
            return longest.isZero() ? Optional.empty() : Optional.of(longest);
        });
    }

    /**
     * Counts one attempt; the {@code max}-th within {@code window} locks the key for {@code lockout} and starts a
     * new count.
     */
    public void count(String key, int max, Duration window, Duration lockout) {
        String id = digest(key);
        try {
            QuarkusTransaction.requiringNew().run(() -> countIn(id, max, window, lockout));
        } catch (PersistenceException e) {
            // Another node inserted the same key first; counting again now finds its row.
            QuarkusTransaction.requiringNew().run(() -> countIn(id, max, window, lockout));
        }
    }

    /** Forgets the failures of a key, e.g. an account that just signed in. */
    public void clear(String key) {
        String id = digest(key);
        QuarkusTransaction.requiringNew().run(() -> ThrottleEntry.deleteById(id));
    }

    private static void countIn(String id, int max, Duration window, Duration lockout) {
        Instant now = Now.now();
        ThrottleEntry entry = ThrottleEntry.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            entry = new ThrottleEntry();
            entry.key = id;
            entry.windowStartedAt = now;
            entry.persist();
        } else if (entry.windowStartedAt.plus(window).isBefore(now)
                || entry.blockedUntil != null && !entry.blockedUntil.isAfter(now)) {
            entry.attempts = 0;
            entry.windowStartedAt = now;
            entry.blockedUntil = null;
        }
        entry.attempts++;
        if (entry.attempts >= max) {
            entry.blockedUntil = now.plus(lockout);
        }
        ThrottleEntry.flush();
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
