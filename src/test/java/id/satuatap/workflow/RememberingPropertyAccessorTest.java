package id.satuatap.workflow;

import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The expressions of Camunda's task query mapping give the values OGNL's own accessor gives. */
class RememberingPropertyAccessorTest {

    @BeforeAll
    static void install() {
        RememberingPropertyAccessor.install();
    }

    @Test
    void answersPlainObjectsOfTheEngine() throws Exception {
        assertInstanceOf(RememberingPropertyAccessor.class, OgnlRuntime.getPropertyAccessor(TaskQueryImpl.class));
    }

    @Test
    void readsAMethodNamedLikeTheProperty() {
        TaskQueryImpl plain = new TaskQueryImpl();
        TaskQueryImpl orQuery = (TaskQueryImpl) new TaskQueryImpl().or();
        // Twice each: the second read comes from the remembered method.
        for (int i = 0; i < 2; i++) {
            assertEquals(Boolean.FALSE, OgnlCache.getValue("query.isOrQueryActive", Map.of("query", plain)));
            assertEquals(Boolean.TRUE, OgnlCache.getValue("query.isOrQueryActive", Map.of("query", orQuery)));
            assertEquals(Boolean.TRUE, OgnlCache.getValue("!query.isWithoutTenantId", Map.of("query", plain)));
        }
    }

    @Test
    void leavesBeanPropertiesToOgnl() {
        var query = (TaskQueryImpl) new TaskQueryImpl().taskId("task-1").processInstanceBusinessKey("APP-1");
        assertEquals("task-1", OgnlCache.getValue("query.taskId", Map.of("query", query)));
        assertEquals(Boolean.TRUE, OgnlCache.getValue("query.processInstanceBusinessKey != null", Map.of("query", query)));
        assertNull(OgnlCache.getValue("query.assignee", Map.of("query", query)));
    }
}
