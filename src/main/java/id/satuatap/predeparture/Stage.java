package id.satuatap.predeparture;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;

/**
 * The stage of the pre-departure process an application is in. Each step of pre-departure.bpmn declares its
 * stage (camunda:property {@code stage}, docs/step-declarations.md), so a step an administrator adds names its
 * own; this enum is the vocabulary, in process order. Configuration lists the same names for the deployment
 * check ({@code satuatap.models.steps.stages}).
 */
public enum Stage {
    REGISTRATION,
    IDENTITY_DOCUMENTS,
    PASSPORT_RECOMMENDATION,
    DESK_SERVICES,
    ORIENTATION,
    CONTRACT,
    DEPARTURE_CHECK,
    RED_FLAG_REVIEW,
    /** The process has ended (refused, stopped, lapsed or ready to depart). */
    CLOSED;

    /** The furthest of the stages the active steps declare (parallel branches share one stage anyway). */
    public static Stage of(Collection<String> declaredStages) {
        return declaredStages.stream()
                .flatMap(name -> Arrays.stream(values()).filter(s -> s.name().equals(name)))
                .max(Comparator.naturalOrder())
                .orElse(CLOSED);
    }
}
