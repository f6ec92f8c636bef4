package id.satuatap.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An agency with its accountability record: how many red flags, cases and tips name it ({@code counts}), and
 * whether it may place workers today ({@code licensed}: active and within its validity).
 */
public record AgencyView(String licenseNumber, String name, AgencyStatus status, LocalDate validFrom,
                         LocalDate validUntil, boolean licensed, List<String> branchRegencyCodes,
                         Map<String, Long> counts, String updatedBy, Instant updatedAt, long version) {
}
