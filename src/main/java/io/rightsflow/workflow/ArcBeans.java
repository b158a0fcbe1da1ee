package io.rightsflow.workflow;

import java.util.AbstractMap;
import java.util.Set;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/**
 * Lets BPMN expressions such as {@code ${sendDeletionScheduledMail}} find {@code @Named} CDI beans.
 * The engine only ever asks {@code containsKey} and {@code get}.
 */
class ArcBeans extends AbstractMap<Object, Object> {

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String s && !Arc.container().beanManager().getBeans(s).isEmpty();
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        InstanceHandle<Object> handle = Arc.container().instance(s);
        return handle.isAvailable() ? handle.get() : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        throw new UnsupportedOperationException("CDI beans are looked up by name, not listed");
    }
}
