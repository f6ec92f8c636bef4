package id.satuatap.agency;

/**
 * Records elsewhere that name an agency by its licence number: red flags, cases, tips. Each capability that keeps
 * such records counts its own, so the registry depends on none of them.
 */
public interface AgencyRecords {

    /** The key of the count in the agency's record, e.g. {@code redFlags}. */
    String kind();

    long countFor(String licenseNumber);
}
