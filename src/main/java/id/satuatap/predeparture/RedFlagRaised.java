package id.satuatap.predeparture;

import java.util.List;

/**
 * Fired (CDI event, synchronously inside the transaction that stops the application) when a pre-departure
 * application is stopped as a possible trafficking case: identity or age disagreement, an underage worker, or
 * a family consent that does not match the family card, a refusal the eligibility table marks as a protection
 * concern, or a desk's suspicion. Case handling observes it and opens a case.
 *
 * @param kinds    codes of what was found, e.g. {@code BIRTH_DATE_MISMATCH}, {@code UNDERAGE}, {@code CONSENT_NOT_ON_KK}
 * @param evidence human-readable, PII-free descriptions (document ids and which fields disagree, not the values)
 * @param sponsor  who accompanied or sponsored the person, if the desk recorded it; the case names them
 */
public record RedFlagRaised(String applicationId, String workerId, String destinationCountry, List<String> kinds,
                            List<String> evidence, Sponsor sponsor) {

    public RedFlagRaised(String applicationId, String workerId, String destinationCountry, List<String> kinds,
                         List<String> evidence) {
        this(applicationId, workerId, destinationCountry, kinds, evidence, null);
    }
}
