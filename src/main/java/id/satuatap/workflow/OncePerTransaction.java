package id.satuatap.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashSet;
import java.util.Set;

/** Remembers keys for the running JTA transaction, so work that one write per transaction suffices for runs once. */
@ApplicationScoped
public class OncePerTransaction {

    @Inject TransactionSynchronizationRegistry transactions;

    /** True the first time the key is seen in the running transaction; always true outside a transaction. */
    public boolean first(String key) {
        if (transactions.getTransactionKey() == null) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Set<String> seen = (Set<String>) transactions.getResource(OncePerTransaction.class);
        if (seen == null) {
            seen = new HashSet<>();
            transactions.putResource(OncePerTransaction.class, seen);
        }
        return seen.add(key);
    }
}
