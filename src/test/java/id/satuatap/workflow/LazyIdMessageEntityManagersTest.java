package id.satuatap.workflow;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The engine still refuses an entity with an invalid id, but no longer renders valid ones as text to check them. */
@QuarkusTest
class LazyIdMessageEntityManagersTest {

    @Inject ProcessEngineProducer engines;

    private final AtomicInteger rendered = new AtomicInteger();

    /** A row that counts how often it is turned into text; the commands below never flush it. */
    private class CountedProperty extends PropertyEntity {
        CountedProperty(String name) {
            super(name, "probe");
        }

        @Override
        public String toString() {
            rendered.incrementAndGet();
            return super.toString();
        }
    }

    private static class RollBack extends RuntimeException {
    }

    @Test
    void validIdIsNotRendered() {
        assertThrows(RollBack.class, () -> commands().execute(context -> {
            context.getDbEntityManager().insert(new CountedProperty("lazy-id-probe"));
            throw new RollBack();
        }));
        assertEquals(0, rendered.get());
    }

    @Test
    void wildcardIdIsRefusedWithTheEntityNamed() {
        var refused = assertThrows(ProcessEngineException.class, () -> commands().execute(context -> {
            context.getDbEntityManager().insert(new CountedProperty("*"));
            return null;
        }));
        assertTrue(refused.getMessage().contains("has an invalid id"), refused.getMessage());
        assertTrue(refused.getMessage().contains("CountedProperty[name=*"), refused.getMessage());
    }

    private CommandExecutor commands() {
        return ((ProcessEngineConfigurationImpl) engines.engine().getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }
}
