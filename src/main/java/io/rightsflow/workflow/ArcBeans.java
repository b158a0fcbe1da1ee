package io.rightsflow.workflow;

import java.lang.annotation.Annotation;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.inject.Singleton;

/**
 * Lets BPMN expressions such as {@code ${sendDeletionScheduledMail}} find {@code @Named} CDI beans.
 * The engine only ever asks {@code containsKey} and {@code get}, for every expression it evaluates:
 * resolving a name through the container each time cost about 5% of the service's time (issue 23),
 * so a bean that stays the same for the application's life is resolved once.
 */
class ArcBeans extends AbstractMap<Object, Object> {

    /** Client proxies of normal-scoped beans, and singletons; a dependent bean is made anew each time. */
    private final Map<String, Object> lasting = new ConcurrentHashMap<>();

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String s
                && (lasting.containsKey(s) || !Arc.container().beanManager().getBeans(s).isEmpty());
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        Object known = lasting.get(s);
        if (known != null) {
            return known;
        }
        InstanceHandle<Object> handle = Arc.container().instance(s);
        if (!handle.isAvailable()) {
            return null;
        }
        Object instance = handle.get();
        Class<? extends Annotation> scope = handle.getBean().getScope();
        if (scope == Singleton.class || Arc.container().beanManager().isNormalScope(scope)) {
            lasting.put(s, instance);
        }
        return instance;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        throw new UnsupportedOperationException("CDI beans are looked up by name, not listed");
    }
}
