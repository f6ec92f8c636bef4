package id.satuatap.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * {@code Authorization: Bearer} with an access token from POST /api/v1/sessions. Tried before the OIDC
 * provider's mechanism; bearer tokens this service did not issue are left to it.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String PREFIX = "Bearer ";

    /** The token of one request, handed to {@link Provider}. */
    public static final class Request extends BaseAuthenticationRequest {
        final String token;

        Request(String token) {
            this.token = token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Uni.createFrom().nullItem();
        }
        String token = header.substring(PREFIX.length()).trim();
        if (!AccessTokens.isOurs(token)) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(new Request(token));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"Satu Atap\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    /** Checks the signature and expiry, then that the session was not ended since the token was issued. */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {

        @Inject AccessTokens tokens;
        @Inject Sessions sessions;

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                var claims = tokens.verify(request.token, Now.now()).orElseThrow(AuthenticationFailedException::new);
                if (!sessions.isActive(claims.sessionId())) {
                    throw new AuthenticationFailedException();
                }
                return Identities.of(claims.username(), claims.role(), claims.groups(), claims.workerId());
            });
        }
    }
}
