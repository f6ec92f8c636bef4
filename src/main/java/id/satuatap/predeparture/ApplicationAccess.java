package id.satuatap.predeparture;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may see and act on pre-departure applications and their documents. Staff of the LTSA (desks, coordinator,
 * admin) serve every applicant; a worker account only the worker record it speaks for. MRC partners see none:
 * they counsel through their task and receive cases, not the application file.
 */
@ApplicationScoped
public class ApplicationAccess {

    public boolean isStaff(CurrentUser user) {
        return user.isAny(Role.ADMIN, Role.COORDINATOR, Role.DESK);
    }

    /** May list and file applications at all (partners never may). */
    public boolean mayUseApplications(CurrentUser user) {
        return isStaff(user) || user.is(Role.WORKER);
    }

    /** May read, and upload documents to, applications of this worker. */
    public boolean mayActFor(CurrentUser user, String workerId) {
        if (isStaff(user)) {
            return true;
        }
        return user.is(Role.WORKER) && workerId != null && user.workerId().map(workerId::equals).orElse(false);
    }

    public boolean maySee(CurrentUser user, Application application) {
        return mayActFor(user, application.workerId);
    }

    /** Settling a red flag (confirmed or unfounded) is the LTSA head's call. */
    public boolean mayResolveRedFlags(CurrentUser user) {
        return user.is(Role.COORDINATOR);
    }

    /** Desk names, task details, actors and red-flag evidence are for staff only. */
    public boolean seesStaffDetail(CurrentUser user) {
        return isStaff(user);
    }
}
