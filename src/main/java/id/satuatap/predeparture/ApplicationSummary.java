package id.satuatap.predeparture;

import java.time.Instant;

/** A line of the application list. */
public record ApplicationSummary(String id, String workerId, String destinationCountry, String sector,
                                 PlacementScheme scheme, ApplicationStatus status, Instant createdAt) {

    static ApplicationSummary of(Application a) {
        return new ApplicationSummary(a.id, a.workerId, a.destinationCountry, a.sector, a.scheme, a.status, a.createdAt);
    }
}
