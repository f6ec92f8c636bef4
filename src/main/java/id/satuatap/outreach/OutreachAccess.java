package id.satuatap.outreach;

import id.satuatap.problem.ApiException;
import id.satuatap.security.Role;

import java.util.Set;

/**
 * Who may see and change outreach sessions. Desks and partners record sessions in their own name and change only
 * those; the coordinator and admins see all of them (the coordination picture) but change none; a session held by
 * someone else does not exist for a desk or partner (404).
 */
public final class OutreachAccess {

    private OutreachAccess() {
    }

    /** The caller, reduced to what the rules need. */
    public record Caller(String username, Role role, Set<String> groups) {
    }

    public static boolean seesAll(Caller caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.COORDINATOR;
    }

    public static boolean maySee(Caller caller, OutreachSession session) {
        return seesAll(caller) || caller.groups().contains(session.holder);
    }

    /** The desk or partner a new session is recorded for: the one named, which must be the caller's own. */
    public static String holderFor(Caller caller, String requested) {
        if (caller.role() != Role.DESK && caller.role() != Role.PARTNER) {
            throw ApiException.forbidden("Only desk and partner staff record outreach sessions");
        }
        if (requested != null) {
            if (!caller.groups().contains(requested)) {
                throw ApiException.invalid("holder", "is not a desk or partner you work for");
            }
            return requested;
        }
        if (caller.groups().size() != 1) {
            throw ApiException.invalid("holder", "is required when you work for several desks or partners");
        }
        return caller.groups().iterator().next();
    }

    public static void checkEdit(Caller caller, OutreachSession session, String requestedHolder) {
        if (!maySee(caller, session)) {
            throw ApiException.notFound("No outreach session " + session.id);
        }
        if (!caller.groups().contains(session.holder) || caller.role() != Role.DESK && caller.role() != Role.PARTNER) {
            throw ApiException.forbidden("Only the desk or partner that held a session changes it");
        }
        if (requestedHolder != null && !requestedHolder.equals(session.holder)) {
            throw ApiException.invalid("holder", "cannot change: a session stays with the desk or partner that held it");
        }
    }
}
