package id.satuatap.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Staff who sign in with the configured OIDC provider: the provider proves who they are, the account table
 * still says what they may do. The token's user name claim must name an enabled staff account (not a worker
 * account: workers sign in with their phone); its role and groups come from that account, never from the
 * provider's own role claims.
 */
@ApplicationScoped
public class OidcStaffAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String username = token.getClaim("preferred_username");
        return context.runBlocking(() -> {
            Account account = username == null ? null
                    : QuarkusTransaction.joiningExisting().call(() -> Account.findByUsername(username).orElse(null));
            if (account == null || !account.enabled || account.role == Role.WORKER) {
                throw new AuthenticationFailedException();
            }
            return Identities.of(account);
        });
    }
}
