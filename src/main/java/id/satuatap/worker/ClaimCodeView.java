package id.satuatap.worker;

import java.time.Instant;

/** A claim code as the desk prints it on the receipt; shown once, never stored in the clear. */
public record ClaimCodeView(String code, Instant expiresAt) {
}
