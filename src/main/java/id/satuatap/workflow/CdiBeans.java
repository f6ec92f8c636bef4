package id.satuatap.workflow;

import io.quarkus.arc.Arc;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets the engine resolve {@code ${name}} to a {@code @Named} CDI bean. Which names a deployed model may
 * use at all is decided earlier, by {@link id.satuatap.workflow.model.DeploymentPolicy}.
 */
final class CdiBeans extends AbstractMap<Object, Object> {

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && Arc.container().instance(name).isAvailable();
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        var handle = Arc.container().instance(name);
        return handle.isAvailable() ? handle.get() : null;
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
