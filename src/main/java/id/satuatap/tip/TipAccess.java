package id.satuatap.tip;

import id.satuatap.security.Desk;
import id.satuatap.security.Role;

import java.util.Set;

/**
 * Who may see and verify tips, and who learns who filed one.
 * <ul>
 * <li>The police unit (POLRI) and BP3MI verify tips (the coordinator too, once one is overdue); with the complaints desk, the coordinator and admins they see
 * all of them.</li>
 * <li>A partner sees the tips its staff filed and the tips from the regencies it serves (its early warning); other
 * desks and workers see only the tips they filed themselves.</li>
 * <li>The reporter of an anonymous tip (account and contact) is never shown to a partner, other than to the very
 * person who typed it in.</li>
 * </ul>
 */
public final class TipAccess {

    static final Set<String> VERIFIERS = Set.of(Desk.POLRI.name(), Desk.BP3MI.name());

    private TipAccess() {
    }

    /** The caller, reduced to what the rules need; {@code coveredRegencies} of the caller's partners. */
    public record Caller(String username, Role role, Set<String> groups, Set<String> coveredRegencies) {

        boolean signedIn() {
            return username != null;
        }
    }

    public static boolean seesAll(Caller caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.COORDINATOR || caller.role() == Role.DESK
                && (caller.groups().contains(Desk.PENGADUAN.name()) || caller.groups().stream().anyMatch(VERIFIERS::contains));
    }

    public static boolean maySee(Caller caller, Tip tip) {
        if (!caller.signedIn()) {
            return false;
        }
        if (seesAll(caller) || caller.username().equals(tip.filedBy)) {
            return true;
        }
        return caller.role() == Role.PARTNER && (tip.filingOrganisation != null && caller.groups().contains(tip.filingOrganisation)
                || tip.regencyCode != null && caller.coveredRegencies().contains(tip.regencyCode));
    }

    /** The verifiers, and the coordinator once the tip is past its SLA. */
    public static boolean mayVerify(Caller caller, Tip tip) {
        return caller.role() == Role.DESK && caller.groups().stream().anyMatch(VERIFIERS::contains)
                || caller.role() == Role.COORDINATOR && tip.escalated;
    }

    public static boolean showsReporter(Caller caller, Tip tip) {
        return !tip.anonymous || caller.role() != Role.PARTNER || caller.username().equals(tip.filedBy);
    }
}
