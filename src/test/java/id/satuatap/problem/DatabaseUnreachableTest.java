package id.satuatap.problem;

import jakarta.transaction.RollbackException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes in which PostgreSQL going away reached the mapper in bench/cluster/run-faults.sh, each of which was
 * answered 500 or 422 before: they must all be 503, and a genuine SQL error must not.
 */
class DatabaseUnreachableTest {

    private static final String ADMIN_SHUTDOWN = "57P01";

    @Test
    void failedCommitReportsTheLostConnectionAsSuppressedXaError() {
        var xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", ADMIN_SHUTDOWN));
        var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);

        assertTrue(ProblemMapper.databaseUnreachable(new RuntimeException("Error invoking subclass method", rollback)));
        assertEquals(503, new ProblemMapper().unexpected(new RuntimeException(rollback), null).getStatus());
    }

    @Test
    void engineBatchFlushCarriesTheShutdownInTheBatchException() {
        var batch = new BatchUpdateException("Batch entry 0 insert into ACT_HI_VARINST was aborted", "22000", new int[0]);
        batch.setNextException(new SQLException("FATAL: terminating connection due to administrator command", ADMIN_SHUTDOWN));
        var engine = new ProcessEnginePersistenceException("An exception occurred in the persistence layer.",
                new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation", batch));

        assertTrue(ProblemMapper.databaseUnreachable(engine));
        assertEquals(503, new ProblemMapper().engine(engine, null).getStatus());
    }

    @Test
    void refusedConnectionIsUnreachableButAConstraintViolationIsNot() {
        assertTrue(ProblemMapper.databaseUnreachable(new ProcessEngineException("query failed",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"))));
        assertFalse(ProblemMapper.databaseUnreachable(new ProcessEngineException("insert failed",
                new SQLException("duplicate key value violates unique constraint", "23505"))));
    }
}
