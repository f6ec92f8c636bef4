package id.satuatap.security;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * The account rules in one place: who may manage which account, how a worker account comes to speak for a
 * worker record, and how that link is undone. A worker account is linked only by a desk (in person or through
 * a claim code the desk issued), never by what the account holder declares.
 */
@ApplicationScoped
public class Accounts {

    @Inject AuditLog audit;
    @Inject AccountIdentityProvider identities;
    @Inject Sessions sessions;

    /** LTSA staff manage worker accounts; only an admin manages staff and partner accounts. */
    public boolean mayManage(CurrentUser user, Account target) {
        if (user.is(Role.ADMIN)) {
            return true;
        }
        return user.isAny(Role.COORDINATOR, Role.DESK) && target.role == Role.WORKER;
    }

    /** LTSA staff link and unlink worker accounts (having seen the person's identity documents). */
    public boolean mayLink(CurrentUser user) {
        return user.isAny(Role.ADMIN, Role.COORDINATOR, Role.DESK);
    }

    /** A new worker account linked to no one; empty when the name is taken (the caller must not tell). */
    @Transactional
    public Optional<Account> createWorker(String username, String passwordHash) {
        if (Account.findByUsername(username).isPresent()) {
            return Optional.empty();
        }
        var account = new Account();
        account.username = username;
        account.passwordHash = passwordHash;
        account.role = Role.WORKER;
        account.persistAndFlush();
        audit.record(username, "WORKER_SIGNED_UP", "ACCOUNT", account.id, null);
        return Optional.of(account);
    }

    public Optional<Account> linkedTo(String workerId) {
        return Account.find("workerId", workerId).firstResultOptional();
    }

    /**
     * Links a worker account to a worker record. {@code how} says on what evidence ("in person", "claim code");
     * the audit entry names the acting account.
     */
    @Transactional
    public void link(String username, String workerId, String actor, String how) {
        Account account = Account.findByUsername(username).orElseThrow(() -> ApiException.notFound("No such account"));
        if (account.role != Role.WORKER) {
            throw ApiException.unprocessable("Only worker accounts speak for a worker record");
        }
        if (account.workerId != null && !account.workerId.equals(workerId)) {
            throw ApiException.conflict("This account is linked to another worker; unlink it first");
        }
        Optional<Account> holder = linkedTo(workerId);
        if (holder.isPresent() && !holder.get().id.equals(account.id)) {
            throw ApiException.conflict("This worker has another account; unlink it first");
        }
        if (account.workerId == null) {
            account.workerId = workerId;
            audit.record(actor, "ACCOUNT_LINKED", "WORKER", workerId, "account " + account.id + " (" + how + ")");
            identities.forget(account.username);
        }
    }

    /** Unlinks the worker's account and ends its sessions; false when the worker had none. */
    @Transactional
    public boolean unlink(String workerId, String actor) {
        Optional<Account> holder = linkedTo(workerId);
        holder.ifPresent(account -> {
            account.workerId = null;
            audit.record(actor, "ACCOUNT_UNLINKED", "WORKER", workerId, "account " + account.id);
            sessions.revokeAll(account.username, actor);
            identities.forget(account.username);
        });
        return holder.isPresent();
    }

    /** Ends every session of the account (a lost or taken phone), with the trace in the same transaction. */
    @Transactional
    public void endSessions(Account account, String actor) {
        int ended = sessions.revokeAll(account.username, actor);
        audit.record(actor, "SESSIONS_REVOKED", "ACCOUNT", account.id, ended + " sessions");
    }

    /**
     * Creates an admin account or gives an existing one a new password (and ends its sessions), for the operator's
     * create-admin command. Refuses a name that belongs to another role rather than promote it.
     */
    @Transactional
    public boolean setAdmin(String username, String password) {
        Account account = Account.findByUsername(username).orElse(null);
        if (account != null && account.role != Role.ADMIN) {
            throw new IllegalArgumentException("'" + username + "' is a " + account.role.roleName() + " account");
        }
        boolean created = account == null;
        if (created) {
            account = new Account();
            account.username = username;
            account.role = Role.ADMIN;
        }
        account.passwordHash = PasswordHasher.hash(password);
        account.enabled = true;
        account.persist();
        sessions.revokeAll(username, "console");
        identities.forget(username);
        audit.record("console", created ? "ADMIN_CREATED" : "ADMIN_PASSWORD_RESET", "ACCOUNT", account.id, null);
        return created;
    }
}
