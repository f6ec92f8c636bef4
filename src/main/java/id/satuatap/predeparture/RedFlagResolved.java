package id.satuatap.predeparture;

import java.time.Instant;
import java.util.List;

/** A red flag after its resolution, with where its application stands now. */
public record RedFlagResolved(String id, String applicationId, List<String> kinds, RedFlag.Resolution resolution,
                              Instant resolvedAt, String resolvedBy, ApplicationStatus applicationStatus) {

    static RedFlagResolved of(RedFlag flag, Application application) {
        return new RedFlagResolved(flag.id, flag.applicationId, List.copyOf(flag.kinds), flag.resolution, flag.resolvedAt,
                flag.resolvedBy, application.status);
    }
}
