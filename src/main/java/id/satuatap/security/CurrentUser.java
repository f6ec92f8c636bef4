package id.satuatap.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The signed-in caller of this request: name, role and the candidate groups they work for. */
@RequestScoped
public class CurrentUser {

    @Inject SecurityIdentity identity;

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean is(Role role) {
        return identity.hasRole(role.roleName());
    }

    public boolean isAny(Role... roles) {
        for (Role role : roles) {
            if (is(role)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> groups() {
        Set<String> groups = identity.getAttribute(Identities.GROUPS);
        return groups == null ? Set.of() : groups;
    }

    public List<String> groupList() {
        return List.copyOf(groups());
    }

    /** The worker record a worker account speaks for; empty for staff. */
    public Optional<String> workerId() {
        String id = identity.getAttribute(Identities.WORKER_ID);
        return id == null || id.isEmpty() ? Optional.empty() : Optional.of(id);
    }
}
