package id.satuatap.worker;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.security.Account;
import id.satuatap.security.Accounts;
import id.satuatap.security.Now;
import id.satuatap.security.SecurityConfig;
import id.satuatap.security.SignInThrottledException;
import id.satuatap.security.Throttle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time claim codes: the desk that registered a worker (having seen the KTP) hands the person a code, and the
 * phone account that enters it speaks for that worker from then on. A code is random (60 bits), kept only as a
 * digest, works once and expires; a newer code replaces older ones. Every refusal of a code reads the same, and
 * failed attempts are counted per account like failed sign-ins.
 */
@ApplicationScoped
public class ClaimCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject Accounts accounts;
    @Inject AuditLog audit;
    @Inject SecurityConfig config;
    @Inject Throttle throttle;

    @Transactional
    public ClaimCodeView issue(String workerId, String issuedBy) {
        if (accounts.linkedTo(workerId).isPresent()) {
            throw ApiException.conflict("This worker already has an account; unlink it first");
        }
        Instant now = Now.now();
        ClaimCode.update("expiresAt = ?1 where workerId = ?2 and usedAt is null and expiresAt > ?1", now, workerId);
        String code = newCode();
        var claim = new ClaimCode();
        claim.workerId = workerId;
        claim.codeHash = digest(code);
        claim.issuedBy = issuedBy;
        claim.issuedAt = now;
        claim.expiresAt = now.plus(config.claimCodes().validity());
        claim.persist();
        audit.record(issuedBy, "CLAIM_CODE_ISSUED", "WORKER", workerId, null);
        return new ClaimCodeView(code, claim.expiresAt);
    }

    /** Links the signed-in worker account to the worker the code was issued for; returns the worker id. */
    public String redeem(String username, String code) {
        String key = "claim:account:" + username;
        var locked = throttle.lockedFor(key);
        if (locked.isPresent()) {
            throw new SignInThrottledException(locked.get());
        }
        String workerId = QuarkusTransaction.requiringNew().call(() -> redeemIn(username, code));
        if (workerId == null) {
            var limits = config.signIn();
            throttle.count(key, limits.maxFailuresPerAccount(), limits.window(), limits.lockout());
            throw ApiException.invalid("code", "is not valid or has expired");
        }
        return workerId;
    }

    private String redeemIn(String username, String code) {
        Account account = Account.findByUsername(username).orElseThrow();
        if (account.workerId != null) {
            throw ApiException.conflict("This account already speaks for a worker");
        }
        Instant now = Now.now();
        ClaimCode claim = ClaimCode.<ClaimCode>find("codeHash", digest(code)).firstResult();
        if (claim == null || claim.usedAt != null || !claim.expiresAt.isAfter(now)
                || accounts.linkedTo(claim.workerId).isPresent()) {
            return null;
        }
        // The conditional update is the single use: of two nodes redeeming the same code at once, one changes a row.
        if (ClaimCode.update("usedAt = ?1 where id = ?2 and usedAt is null", now, claim.id) != 1) {
            return null;
        }
        accounts.link(username, claim.workerId, username, "claim code");
        return claim.workerId;
    }

    private static String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Of the code as typed: case, spaces and dashes do not matter. */
    private static String digest(String code) {
        String normal = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
