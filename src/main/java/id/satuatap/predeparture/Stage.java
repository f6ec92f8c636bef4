package id.satuatap.predeparture;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;

/** The step of the pre-departure process an application is in, named by the activities of pre-departure.bpmn. */
public enum Stage {
    REGISTRATION(Set.of("check-job-order")),
    IDENTITY_DOCUMENTS(Set.of("list-identity-documents", "verify-identity-documents")),
    PASSPORT_RECOMMENDATION(Set.of("recommend-passport")),
    DESK_SERVICES(Set.of("list-desk-documents", "verify-desk-documents", "open-wage-account", "offer-counselling")),
    ORIENTATION(Set.of("attend-orientation")),
    CONTRACT(Set.of("sign-contract")),
    DEPARTURE_CHECK(Set.of("check-validity-at-departure", "renew-expired-documents")),
    RED_FLAG_REVIEW(Set.of("stop-application", "review-red-flag")),
    /** The process has ended (refused, stopped, lapsed or ready to depart). */
    CLOSED(Set.of());

    private final Set<String> activityIds;

    Stage(Set<String> activityIds) {
        this.activityIds = activityIds;
    }

    /** The furthest stage among the activities active now (parallel branches share one stage anyway). */
    public static Stage of(Collection<String> activeActivityIds) {
        return activeActivityIds.stream()
                .flatMap(id -> Arrays.stream(values()).filter(s -> s.activityIds.contains(id)))
                .max(Comparator.naturalOrder())
                .orElse(CLOSED);
    }
}
