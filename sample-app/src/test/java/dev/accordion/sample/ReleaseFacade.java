package dev.accordion.sample;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place the tests reach a release's entities by reflection. A release's classes load in
 * a class loader of their own ({@link Release}), so a test can neither name them nor have them
 * implement an interface of its own (their sources are the reshapings' inputs, which the golden
 * files are made from). Instead each release has a small typed facade extending this class
 * ({@link TicketRelease2} and the others): it looks up the methods it calls once, when it is
 * made, and lets a test say what the release's code does, {@code release2.setState(ticket,
 * "Closed")}. An enum value crosses the facade as its name.
 */
abstract class ReleaseFacade {

  private final Release release;
  private final Map<String, Constructor<?>> constructors = new ConcurrentHashMap<>();

  ReleaseFacade(Release release) {
    this.release = release;
  }

  final Release release() {
    return release;
  }

  /** The release's class {@code simpleName}, for Hibernate's finds and queries. */
  final Class<?> type(String simpleName) {
    return release.type(simpleName);
  }

  /** A new {@code entity}, as its public no-argument constructor makes it. */
  final Object create(String entity) {
    Constructor<?> constructor = constructors.computeIfAbsent(entity, name -> {
      try {
        return type(name).getConstructor();
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(release.name() + "'s " + name + " has no constructor", e);
      }
    });
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw rethrown(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public method {@code name} of the release's class {@code entity}. */
  final Method method(String entity, String name, Class<?>... parameters) {
    try {
      return type(entity).getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(release.name() + "'s " + entity + " has no " + name, e);
    }
  }

  /**
   * The public method {@code name} of the release's class {@code entity}, or null where the
   * release has none: for a facade that serves several forms of one reshaping.
   */
  final Method optionalMethod(String entity, String name, Class<?>... parameters) {
    try {
      return type(entity).getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The public method {@code name} of each of the release's entity classes that has one. */
  final Map<Class<?>, Method> methodOfEach(String name, Class<?>... parameters) {
    Map<Class<?>, Method> methods = new HashMap<>();
    for (Class<?> type : release.entityClasses()) {
      try {
        methods.put(type, type.getMethod(name, parameters));
      } catch (NoSuchMethodException e) {
        // this entity has none
      }
    }
    return Collections.unmodifiableMap(methods);
  }

  /** The field {@code name} of the release's class {@code entity}, as Hibernate reaches it. */
  final Field field(String entity, String name) {
    try {
      Field field = type(entity).getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(release.name() + "'s " + entity + " has no field " + name, e);
    }
  }

  /** The constants of the release's enum {@code simpleName} by name, in their order. */
  final Map<String, Object> constants(String simpleName) {
    Map<String, Object> constants = new LinkedHashMap<>();
    for (Object constant : type(simpleName).getEnumConstants()) {
      constants.put(((Enum<?>) constant).name(), constant);
    }
    return Collections.unmodifiableMap(constants);
  }

  /** The constant {@code name} of {@code constants}, which this release's enum must have. */
  final Object constant(Map<String, Object> constants, String name) {
    Object constant = constants.get(name);
    if (constant == null) {
      throw new IllegalArgumentException(release.name() + " has no " + name + " among "
          + constants.keySet());
    }
    return constant;
  }

  /** An enum constant's name; null for null. */
  static String name(Object constant) {
    return constant == null ? null : ((Enum<?>) constant).name();
  }

  /** Calls {@code method} on {@code target}: what the method throws is thrown as it is. */
  static Object call(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw rethrown(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static Object get(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static void set(Field field, Object target, Object value) {
    try {
      field.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RuntimeException rethrown(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new UndeclaredThrowableException(cause);
  }
}
