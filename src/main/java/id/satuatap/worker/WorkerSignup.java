package id.satuatap.worker;

import id.satuatap.problem.ApiException;
import id.satuatap.security.Accounts;
import id.satuatap.security.PasswordHasher;
import id.satuatap.security.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * Worker accounts made from a phone. A NIK is printed on every photocopied KTP, so knowing one proves nothing:
 * a new account speaks for no one, and only a desk that saw the person's documents links it to a worker record
 * (in person, or through a claim code it issued). The answer is the same whether or not the phone number
 * already had an account, and costs the same password hash, so sign-up cannot be used to find out who exists.
 */
@ApplicationScoped
public class WorkerSignup {

    @Inject Accounts accounts;
    @Inject SignIn signIn;

    public SignupView signUp(SignupRequest request, String clientAddress) {
        signIn.countSignup(clientAddress);
        String username = request.phone();
        checkPassword(request.password(), username);
        String hash = PasswordHasher.hash(request.password());
        try {
            accounts.createWorker(username, hash);
        } catch (PersistenceException e) {
            // A concurrent sign-up with the same phone won; the answer stays the same.
        }
        return new SignupView(username);
    }

    private static void checkPassword(String password, String phone) {
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw ApiException.invalid("password", "must contain letters and digits");
        }
        String digits = phone.replace("+", "");
        if (password.contains(digits.substring(Math.max(0, digits.length() - 8)))) {
            throw ApiException.invalid("password", "must not contain the phone number");
        }
    }
}
