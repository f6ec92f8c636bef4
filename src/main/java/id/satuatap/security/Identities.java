package id.satuatap.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import java.util.Set;

/** The caller's identity as every sign-in method (Basic, bearer token, OIDC) builds it from the account table. */
final class Identities {

    static final String GROUPS = "groups";
    static final String WORKER_ID = "workerId";

    private Identities() {
    }

    static SecurityIdentity of(String username, Role role, Set<String> groups, String workerId) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role.roleName())
                .addAttribute(GROUPS, Set.copyOf(groups))
                .addAttribute(WORKER_ID, workerId == null ? "" : workerId)
                .build();
    }

    static SecurityIdentity of(Account account) {
        return of(account.username, account.role, account.groups, account.workerId);
    }
}
