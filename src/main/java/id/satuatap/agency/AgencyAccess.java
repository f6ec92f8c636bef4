package id.satuatap.agency;

import id.satuatap.security.Desk;
import id.satuatap.security.Role;

import java.util.Set;

/**
 * Who keeps the P3MI registry: BP3MI and Disnaker staff (and admins). Anyone signed in reads it: whether an agency
 * may recruit is what a worker in a village needs to know before signing anything.
 */
public final class AgencyAccess {

    private static final Set<String> MAINTAINERS = Set.of(Desk.BP3MI.name(), Desk.DISNAKER.name());

    private AgencyAccess() {
    }

    public static boolean mayMaintain(Role role, Set<String> groups) {
        return role == Role.ADMIN || role == Role.DESK && groups.stream().anyMatch(MAINTAINERS::contains);
    }
}
