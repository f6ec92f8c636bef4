package id.satuatap.workflow;

import id.satuatap.security.Account;
import id.satuatap.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/** Writes a Panache entity and starts a process in one transaction, then fails on request. */
@ApplicationScoped
public class TransactionProbe {

    @Inject RuntimeService runtime;

    @Transactional
    public void writeBoth(String key, boolean fail) {
        var account = new Account();
        account.username = key;
        account.passwordHash = "unused";
        account.role = Role.DESK;
        account.persist();
        runtime.startProcessInstanceByKey("sample-desk-review", key);
        if (fail) {
            throw new IllegalStateException("fail after both writes");
        }
    }
}
