package id.satuatap.worker;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.security.Account;
import id.satuatap.security.PasswordHasher;
import id.satuatap.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Worker accounts made from a phone. A NIK is printed on every photocopied KTP, so knowing one proves
 * nothing: an existing worker record is linked only when the phone also matches the one the desk recorded.
 */
@ApplicationScoped
public class WorkerSignup {

    @Inject AuditLog audit;

    @Transactional
    public SignupView signUp(SignupRequest request) {
        NikNumber nik = NikNumber.parse(request.nik());
        String username = request.phone();
        checkPassword(request.password(), username, nik.value());
        if (Account.findByUsername(username).isPresent()) {
            throw ApiException.conflict("An account with this phone number exists; sign in instead");
        }
        if (Account.count("signupNik", nik.value()) > 0) {
            throw ApiException.conflict("An account for this NIK exists; ask the LTSA desk for help");
        }
        Worker existing = Worker.findByNik(nik.value()).orElse(null);
        if (existing != null && (existing.phone == null || !existing.phone.equals(request.phone()))) {
            throw ApiException.conflict("This NIK is registered with another phone number; ask the LTSA desk to link it");
        }
        if (existing != null && Account.count("workerId", existing.id) > 0) {
            throw ApiException.conflict("This worker already has an account");
        }
        var account = new Account();
        account.username = username;
        account.passwordHash = PasswordHasher.hash(request.password());
        account.role = Role.WORKER;
        account.signupNik = nik.value();
        account.workerId = existing == null ? null : existing.id;
        account.persist();
        audit.record(username, "WORKER_SIGNED_UP", "ACCOUNT", account.id, existing == null ? null : "worker " + existing.id);
        return new SignupView(username, account.workerId);
    }

    private static void checkPassword(String password, String phone, String nik) {
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw ApiException.invalid("password", "must contain letters and digits");
        }
        String digits = phone.replace("+", "");
        if (password.contains(digits.substring(Math.max(0, digits.length() - 8))) || password.contains(nik.substring(6, 12))) {
            throw ApiException.invalid("password", "must not contain the phone number or the date of birth");
        }
    }
}
