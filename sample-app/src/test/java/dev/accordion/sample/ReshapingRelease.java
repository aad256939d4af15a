package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Any release of the reshapings under {@code src/test/resources/reshapings}, whose entities all
 * have a generated id and, but for join rows, a label: the writers change the label in edits
 * that must leave the reshaped fields alone. The facade of each reshaping's releases adds its
 * reshaped fields.
 */
class ReshapingRelease extends ReleaseFacade {

  private final Map<Class<?>, Method> ids = methodOfEach("getId");
  private final Map<Class<?>, Method> labels = methodOfEach("setLabel", String.class);

  ReshapingRelease(Release release) {
    super(release);
  }

  /** A new {@code entity} labelled {@code label}. */
  final Object create(String entity, String label) {
    Object row = create(entity);
    setLabel(row, label);
    return row;
  }

  /** The id the database gave {@code entity}. */
  final long id(Object entity) {
    return (Long) call(of(ids, "getId", entity), entity);
  }

  final void setLabel(Object entity, String label) {
    call(of(labels, "setLabel", entity), entity, label);
  }

  /** The entity's method, or its class's where it is a Hibernate proxy, a subclass of it. */
  private Method of(Map<Class<?>, Method> methods, String name, Object entity) {
    Method method = null;
    for (Class<?> type = entity.getClass(); method == null && type != null;
        type = type.getSuperclass()) {
      method = methods.get(type);
    }
    if (method == null) {
      throw new IllegalArgumentException(
          release().name() + "'s " + entity.getClass().getSimpleName() + " has no " + name);
    }
    return method;
  }
}
