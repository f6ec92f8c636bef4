package id.satuatap.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one check of a name and password, for HTTP Basic and for POST /api/v1/sessions. An unknown name costs a
 * hash like a known one, and failures are counted per name (known or not, so the lock reveals nothing) and per
 * client address.
 */
@ApplicationScoped
public class SignIn {

    /** Hashed once: an unknown user's password is checked against it so the answer takes as long as a real check. */
    private static final String DUMMY_HASH = PasswordHasher.hash("no account has this password");

    @Inject SecurityConfig config;
    @Inject Throttle throttle;

    /** The enabled account with this password; throws {@link SignInThrottledException} or 401 otherwise. */
    public Account verify(String username, String password, String clientAddress) {
        String accountKey = "sign-in:account:" + username;
        String addressKey = "sign-in:address:" + clientAddress;
        var locked = throttle.lockedFor(accountKey, addressKey);
        if (locked.isPresent()) {
            throw new SignInThrottledException(locked.get());
        }
        Account account = QuarkusTransaction.joiningExisting().call(() -> Account.findByUsername(username).orElse(null));
        boolean matches = PasswordHasher.matches(password, account == null ? DUMMY_HASH : account.passwordHash);
        if (account == null || !account.enabled || !matches) {
            var signIn = config.signIn();
            throttle.count(accountKey, signIn.maxFailuresPerAccount(), signIn.window(), signIn.lockout());
            throttle.count(addressKey, signIn.maxFailuresPerAddress(), signIn.window(), signIn.lockout());
            throw new AuthenticationFailedException();
        }
        throttle.clear(accountKey);
        return account;
    }

    /** Counts a sign-up from this address; throws {@link SignInThrottledException} once the address had enough. */
    public void countSignup(String clientAddress) {
        String key = "signup:address:" + clientAddress;
        var locked = throttle.lockedFor(key);
        if (locked.isPresent()) {
            throw new SignInThrottledException(locked.get());
        }
        var signup = config.signup();
        throttle.count(key, signup.maxPerAddress(), signup.window(), signup.window());
    }
}
