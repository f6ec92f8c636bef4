package id.satuatap.notification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The signatures a receiver checks, both HMAC-SHA256 with the webhook's secret:
 * <ul>
 * <li>Standard Webhooks ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature: v1,<base64>} over
 * {@code id + "." + timestamp + "." + body}), so receivers can use an off-the-shelf verifier. A {@code whsec_}
 * secret is the base64 of the key, as those verifiers expect;</li>
 * <li>the service's first scheme, {@code X-SatuAtap-Signature: sha256=<hex>} over {@code timestamp + "." + body},
 * kept for receivers built against it.</li>
 * </ul>
 * The timestamp lets receivers refuse old replays.
 */
public final class WebhookSigner {

    static final String SECRET_PREFIX = "whsec_";

    private WebhookSigner() {
    }

    /** The service's first scheme: the secret's characters are the key. */
    public static String sign(String secret, String timestamp, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp + "." + body));
    }

    /** The {@code webhook-signature} value of Standard Webhooks. */
    public static String standardSignature(String secret, String id, String timestamp, String body) {
        byte[] key = secret.startsWith(SECRET_PREFIX) ? Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()))
                : secret.getBytes(StandardCharsets.UTF_8);
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, id + "." + timestamp + "." + body));
    }

    /** A new secret in the form Standard Webhooks verifiers read. */
    static String newSecret(byte[] key) {
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
