package id.satuatap.workflow;

import id.satuatap.security.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/** Engine and Panache writes of one transaction commit or roll back together. */
@QuarkusTest
class SharedTransactionTest {

    @Inject TransactionProbe probe;
    @Inject RuntimeService runtime;

    @Test
    void bothCommit() {
        String key = "tx-" + UUID.randomUUID().toString().substring(0, 8);
        probe.writeBoth(key, false);
        assertTrue(accountExists(key));
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count());
    }

    @Test
    void bothRollBack() {
        String key = "tx-" + UUID.randomUUID().toString().substring(0, 8);
        assertThrows(IllegalStateException.class, () -> probe.writeBoth(key, true));
        assertFalse(accountExists(key));
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count());
    }

    private static boolean accountExists(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).isPresent());
    }
}
