package id.satuatap.worker;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may register and read worker records. */
@ApplicationScoped
public class WorkerAccess {

    /** Staff register anyone; a worker account registers only itself, once. */
    public boolean mayRegister(CurrentUser user) {
        return user.isAny(Role.ADMIN, Role.COORDINATOR, Role.DESK) || user.is(Role.WORKER) && user.workerId().isEmpty();
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

    /** Staff and the worker themself keep a profile current (a linked family member reads it, no more). */
    public boolean mayUpdate(CurrentUser user, String workerId) {
        return user.isAny(Role.ADMIN, Role.COORDINATOR, Role.DESK)
                || user.is(Role.WORKER) && user.workerId().filter(workerId::equals).isPresent();
    }
}
