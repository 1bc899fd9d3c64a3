package org.outreach.engine;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.AbstractMap;
import java.util.Set;

/**
 * The engine's view of CDI beans by name: {@code ${recordCaseOpenedDelegate}} in a model resolves
 * to the bean {@code @Named("recordCaseOpenedDelegate")}. Read-only; lookups only.
 */
final class BeanManagerBeans extends AbstractMap<Object, Object> {

  private final BeanManager beanManager;

  BeanManagerBeans(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && !beanManager.getBeans(name).isEmpty();
  }

  @Override
  public Object get(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    Set<Bean<?>> candidates = beanManager.getBeans(name);
    if (candidates.isEmpty()) {
      return null;
    }
    Bean<?> bean = beanManager.resolve(candidates);
    CreationalContext<?> context = beanManager.createCreationalContext(bean);
    return beanManager.getReference(bean, bean.getBeanClass(), context);
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    throw new UnsupportedOperationException("Beans are looked up by name only");
  }
}
