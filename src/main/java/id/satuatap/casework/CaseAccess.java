package id.satuatap.casework;

import id.satuatap.partner.PartnerType;
import id.satuatap.problem.ApiException;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Desk;
import id.satuatap.security.Role;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Every rule of who may see and do what with cases and referrals, as pure functions of the caller and the
 * facts of the record.
 * <ul>
 * <li>Admins, the coordinator and the complaints desk (PENGADUAN) see every case; other desks only cases they
 * filed.</li>
 * <li>A partner sees a case from the moment it is brought in (referred, alerted, or it filed the case) — not
 * before — and sees the person's identity only if the consent covers its kind (authorities vs. partners).</li>
 * <li>A worker account sees the cases about its own worker record and the cases it filed (as family); it never
 * sees notes.</li>
 * <li>Notes are written and read by staff and by partners that accepted a referral.</li>
 * </ul>
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** The caller, reduced to what the rules need. */
    public record Viewer(String username, Role role, Set<String> groups, String workerId) {

        public static Viewer of(CurrentUser user) {
            Role role = Arrays.stream(Role.values()).filter(user::is).findFirst().orElse(null);
            return new Viewer(user.username(), role, Set.copyOf(user.groups()), user.workerId().orElse(null));
        }

        boolean isStaff() {
            return role == Role.ADMIN || role == Role.COORDINATOR || role == Role.DESK;
        }
    }

    /** What a case record says about who is connected to it. */
    public record CaseFacts(String workerId, String reportedBy, Set<String> involvedOrganisations,
                            Set<String> acceptedOrganisations, boolean shareWithPartners, boolean shareWithAuthorities) {
    }

    /** How much of a case the caller is shown. */
    public record Disclosure(boolean identity, boolean notes, boolean tasks) {
    }

    public static boolean seesAllCases(Viewer viewer) {
        return viewer.role() == Role.ADMIN || viewer.role() == Role.COORDINATOR
                || viewer.role() == Role.DESK && viewer.groups().contains(Desk.PENGADUAN.name());
    }

    public static boolean maySee(Viewer viewer, CaseFacts facts) {
        if (seesAllCases(viewer) || viewer.username().equals(facts.reportedBy())) {
            return true;
        }
        if (viewer.role() == Role.WORKER) {
            return viewer.workerId() != null && viewer.workerId().equals(facts.workerId());
        }
        return viewer.role() == Role.PARTNER && !Collections.disjoint(viewer.groups(), facts.involvedOrganisations());
    }

    /**
     * @param callerTypes kinds of the caller's own organisations (for partner accounts)
     */
    public static Disclosure disclosure(Viewer viewer, CaseFacts facts, Set<PartnerType> callerTypes) {
        if (viewer.role() == Role.WORKER) {
            return new Disclosure(true, false, false);
        }
        if (viewer.role() != Role.PARTNER || viewer.username().equals(facts.reportedBy())) {
            return new Disclosure(true, true, true);
        }
        boolean consented = !callerTypes.isEmpty() && callerTypes.stream()
                .allMatch(type -> type.isAuthority() ? facts.shareWithAuthorities() : facts.shareWithPartners());
        return new Disclosure(consented, mayWriteNotes(viewer, facts), true);
    }

    public static boolean mayWriteNotes(Viewer viewer, CaseFacts facts) {
        if (viewer.isStaff()) {
            return true;
        }
        return viewer.role() == Role.PARTNER && !Collections.disjoint(viewer.groups(), facts.acceptedOrganisations());
    }

    /** Reads by staff and partners are audited; a worker reading their own case is not a disclosure. */
    public static boolean auditsReads(Viewer viewer) {
        return viewer.role() != Role.WORKER;
    }

    public static boolean mayReopen(Viewer viewer) {
        return seesAllCases(viewer);
    }

    public static boolean mayAnswerReferral(Viewer viewer, String partnerCode) {
        return viewer.role() == Role.PARTNER && viewer.groups().contains(partnerCode);
    }

    /** Referrals the caller may list: all of them, those of the caller's organisations, or none. */
    public static boolean maySeeReferral(Viewer viewer, String partnerCode) {
        return seesAllCases(viewer) || viewer.role() == Role.PARTNER && viewer.groups().contains(partnerCode);
    }

    /**
     * A worker account files for itself (reporter WORKER, its own worker record) or as family of someone it
     * describes (reporter FAMILY, {@code worker:{...}}); naming another worker's record would reveal that
     * record through the case file, so it is refused, unless the account is linked to that record as family
     * ({@code linkedFamily}).
     */
    public static void checkFiling(Viewer viewer, ReporterType reporterType, String workerId, boolean linkedFamily) {
        if (viewer.role() != Role.WORKER) {
            return;
        }
        switch (reporterType) {
            case WORKER -> {
                if (workerId != null && !workerId.equals(viewer.workerId())) {
                    throw ApiException.forbidden("A worker account may name only its own worker record");
                }
            }
            case FAMILY -> {
                if (workerId != null && !linkedFamily) {
                    throw ApiException.forbidden("A family report describes the family member in 'worker', not by record id");
                }
            }
            default -> throw ApiException.forbidden("A worker account reports as WORKER (for itself) or as FAMILY");
        }
    }

    /** The JPQL condition (on alias {@code c}) selecting the cases the caller may list, with its parameters. */
    public record Restriction(String where, Map<String, Object> parameters) {
    }

    public static Restriction listRestriction(Viewer viewer) {
        if (seesAllCases(viewer)) {
            return new Restriction("1 = 1", Map.of());
        }
        return switch (viewer.role()) {
            case WORKER -> viewer.workerId() == null
                    ? new Restriction("c.reportedBy = :me", Map.of("me", viewer.username()))
                    : new Restriction("(c.reportedBy = :me or c.workerId = :worker)",
                    Map.of("me", viewer.username(), "worker", viewer.workerId()));
            case PARTNER -> viewer.groups().isEmpty()
                    ? new Restriction("c.reportedBy = :me", Map.of("me", viewer.username()))
                    : new Restriction("(c.reportedBy = :me or exists (select o from CaseRecord c2 join c2.involvedOrganisations o"
                    + " where c2.id = c.id and o in :orgs))", Map.of("me", viewer.username(), "orgs", viewer.groups()));
            default -> new Restriction("c.reportedBy = :me", Map.of("me", viewer.username()));
        };
    }
}
