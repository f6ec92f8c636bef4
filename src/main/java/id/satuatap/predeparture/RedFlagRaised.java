package id.satuatap.predeparture;

import java.util.List;

/**
 * Fired (CDI event, synchronously inside the transaction that stops the application) when a pre-departure
 * application is stopped as a possible trafficking case: identity or age disagreement, an underage worker, or
 * a family consent that does not match the family card. Case handling observes it and opens a case.
 *
 * @param kinds    codes of what was found, e.g. {@code BIRTH_DATE_MISMATCH}, {@code UNDERAGE}, {@code CONSENT_NOT_ON_KK}
 * @param evidence human-readable, PII-free descriptions (document ids and which fields disagree, not the values)
 */
public record RedFlagRaised(String applicationId, String workerId, String destinationCountry, List<String> kinds,
                            List<String> evidence) {
}
