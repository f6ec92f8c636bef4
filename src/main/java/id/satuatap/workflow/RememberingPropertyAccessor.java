package id.satuatap.workflow;

import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OGNL's object accessor for the engine's SQL mappings, remembering the reader of a property that is not a bean
 * property. Camunda's mappings test {@code query.isOrQueryActive} and {@code query.isWithoutTenantId} in every
 * query: no getter carries those names, so OGNL scans all methods of the query class on each evaluation (its
 * cache holds bean getters only) — about 10 % of the CPU of a task list or completion under load. Everything
 * else is OGNL's own path.
 */
final class RememberingPropertyAccessor extends ObjectPropertyAccessor {

    private static final ClassValue<ConcurrentHashMap<String, Optional<Method>>> READERS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Replaces OGNL's accessor for plain objects; maps, lists and MyBatis' own contexts keep theirs. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Object.class, new RememberingPropertyAccessor());
    }

    @Override
    public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
        Optional<Method> reader = target == null ? Optional.empty()
                : READERS.get(target.getClass()).computeIfAbsent(name, n -> nonBeanReader(target.getClass(), n));
        if (reader.isEmpty()) {
            return super.getPossibleProperty(context, target, name);
        }
        try {
            return reader.get().invoke(target);
        } catch (InvocationTargetException e) {
            throw new OgnlException(name, e.getTargetException());
        } catch (IllegalAccessException e) {
            return super.getPossibleProperty(context, target, name);
        }
    }

    /** The method OGNL would find by its uncached scan, for names its getter cache does not answer. */
    private static Optional<Method> nonBeanReader(Class<?> type, String name) {
        if (OgnlRuntime.getGetMethod(type, name) != null) {
            return Optional.empty();
        }
        Method reader = OgnlRuntime.getReadMethod(type, name);
        return reader != null && reader.getParameterCount() == 0 && reader.trySetAccessible()
                ? Optional.of(reader) : Optional.empty();
    }
}
