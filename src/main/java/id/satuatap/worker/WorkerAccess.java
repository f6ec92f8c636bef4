package id.satuatap.worker;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may register and read worker records. */
@ApplicationScoped
public class WorkerAccess {

    /**
     * Only LTSA staff register workers, having seen the identity documents; a worker account cannot register a
     * record (whose NIK anyone could copy from a KTP) and so cannot speak for a person it has not proven to be.
     */
    public boolean mayRegister(CurrentUser user) {
        return user.isAny(Role.ADMIN, Role.COORDINATOR, Role.DESK);
    }

    @Inject FamilyLinks familyLinks;

    /**
     * LTSA staff read every record; a worker their own, and a family member's account the records it is linked to;
     * partners see workers through cases, not here.
     */
    public boolean mayRead(CurrentUser user, String workerId) {
        if (user.isAny(Role.ADMIN, Role.COORDINATOR, Role.DESK)) {
            return true;
        }
        return user.is(Role.WORKER) && (user.workerId().filter(workerId::equals).isPresent()
                || familyLinks.isLinked(user.username(), workerId));
    }

    /** Looking people up is desk work: workers and partners do not search the register. */
    public boolean maySearch(CurrentUser user) {
        return user.isAny(Role.ADMIN, Role.COORDINATOR, Role.DESK);
    }

    /** Staff and the worker themself keep a profile current (a linked family member reads it, no more). */
    public boolean mayUpdate(CurrentUser user, String workerId) {
        return user.isAny(Role.ADMIN, Role.COORDINATOR, Role.DESK)
                || user.is(Role.WORKER) && user.workerId().filter(workerId::equals).isPresent();
    }
}
