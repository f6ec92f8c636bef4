package id.satuatap.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sections of the coordination report: their names, key columns and figure columns, in order. */
final class ReportColumns {

    static final List<String> DESKS = List.of("steps", "medianHours", "p90Hours", "withinDueShare", "reminders", "escalations",
            "openNow", "overdueNow");
    static final List<String> PARTNERS = List.of("offered", "accepted", "declined", "declinedWithReason", "expired",
            "medianHoursToAnswer", "answeredWithinSlaShare", "servicesDelivered", "caseload", "capacity");
    static final List<String> HANDOFFS = List.of("handoffs", "medianHours");
    static final List<String> PREDEPARTURE = List.of("started", "readyToDepart", "refused", "stopped", "medianDaysToReady");
    static final List<String> CASES = List.of("opened", "urgent", "medianHoursToFirstResponse", "closed", "medianDaysToClosure");

    static final List<String> SECTIONS = List.of("desks", "partners", "handoffs", "predeparture", "cases");

    static final Map<String, List<String>> KEYS = Map.of("desks", List.of("desk"), "partners", List.of("partner"),
            "handoffs", List.of("from", "to"), "predeparture", List.of("dimension", "value"), "cases", List.of("dimension", "value"));

    static final Map<String, List<String>> VALUES = Map.of("desks", DESKS, "partners", PARTNERS, "handoffs", HANDOFFS,
            "predeparture", PREDEPARTURE, "cases", CASES);

    /** Figures that describe the present, not the period: they have no previous value. */
    static final Set<String> CURRENT_ONLY = Set.of("openNow", "overdueNow", "caseload", "capacity");

    /** Counts in these rows can point at a survivor of gender-based violence or trafficking in a small district. */
    static boolean sensitive(String section, Map<String, String> key) {
        return "cases".equals(section) && "category".equals(key.get("dimension"))
                && Set.of("TRAFFICKING", "SEXUAL_ABUSE", "VIOLENCE_BY_EMPLOYER").contains(key.get("value"))
                || "predeparture".equals(section) && "redFlag".equals(key.get("dimension"));
    }

    private ReportColumns() {
    }
}
