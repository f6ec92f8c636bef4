package id.satuatap.report;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;

import java.util.Map;
import java.util.Set;

/**
 * Who sees which rows of the coordination report. Admins and coordinators see every row. A desk sees the rows of
 * its own desk groups, a partner those of its own organisations (in the handoffs, the pairs it is one side of),
 * and both see every section's totals and the rows that belong to no desk or partner (pre-departure and case
 * counts). Workers do not see the report at all (the resource admits staff and partner roles only).
 */
public record ReportAccess(boolean everything, Set<String> groups) {

    public static ReportAccess of(CurrentUser user) {
        return new ReportAccess(user.isAny(Role.ADMIN, Role.COORDINATOR), Set.copyOf(user.groups()));
    }

    boolean sees(String section, Map<String, String> key) {
        if (everything) {
            return true;
        }
        return switch (section) {
            case "desks" -> groups.contains(key.get("desk"));
            case "partners" -> groups.contains(key.get("partner"));
            case "handoffs" -> groups.contains(key.get("from")) || groups.contains(key.get("to"));
            default -> true;
        };
    }
}
