package dev.accordion.conformance;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import dev.accordion.testing.TestDatabase;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.validator.constraints.Length;

/**
 * One row per entity, its fields filled with short values of their types, as the application
 * would write it: what proves Hibernate can insert through the keys Accordion's schema generates
 * (an identity, a sequence, SQLite's one-row sequence table) and read the row back. Each value
 * passes the field's Bean Validation constraints, which Hibernate checks before it writes: a
 * string as long as {@code @Size} or {@code @Length} allow, a decimal with the fraction
 * {@code @Digits} allows.
 */
final class SampleRows {

  private SampleRows() {}

  /**
   * Whether Hibernate can read a row of {@code type} back on {@code database}, whatever the
   * schema: not a {@code @Lob byte[]} on SQLite, whose driver has no {@code getBlob}.
   */
  static boolean readable(Class<?> type, TestDatabase database) {
    if (database != TestDatabase.SQLITE) {
      return true;
    }
    for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.isAnnotationPresent(Lob.class) && field.getType() == byte[].class) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The concrete classes of {@code entities} (an abstract entity has no rows of its own) in an
   * order in which each one's associations point at rows written before it (or at its own
   * table).
   */
  static List<Class<?>> inDependencyOrder(List<Class<?>> entities) {
    List<Class<?>> ordered = new ArrayList<>();
    List<Class<?>> left = new ArrayList<>(entities.stream()
        .filter(type -> !Modifier.isAbstract(type.getModifiers())).toList());
    while (!left.isEmpty()) {
      Class<?> next = left.stream()
          .filter(type -> targets(type).stream()
              .allMatch(t -> t == type || ordered.contains(t) || !left.contains(t)))
          .findFirst().orElse(left.get(0));
      ordered.add(next);
      left.remove(next);
    }
    return ordered;
  }

  private static List<Class<?>> targets(Class<?> type) {
    List<Class<?>> targets = new ArrayList<>();
    for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        Class<?> target = Collection.class.isAssignableFrom(field.getType())
            ? elementType(field) : field.getType();
        if (target.isAnnotationPresent(Entity.class)) {
          targets.add(target);
        }
      }
    }
    return targets;
  }

  private static Class<?> elementType(Field field) {
    return field.getGenericType() instanceof ParameterizedType generic
        && generic.getActualTypeArguments()[0] instanceof Class<?> element ? element : Object.class;
  }

  /**
   * A collection of one element: the row of an entity written before (none for the inverse side
   * of an association, which the owning side writes, nor for its own type), an embedded value,
   * or a basic value.
   */
  private static Collection<Object> collection(Field field, Class<?> owner,
      Map<Class<?>, Object> written) throws ReflectiveOperationException {
    Collection<Object> elements = Set.class.isAssignableFrom(field.getType())
        ? new LinkedHashSet<>() : new ArrayList<>();
    Class<?> element = elementType(field);
    if (element.isAnnotationPresent(Entity.class)) {
      boolean inverse = mappedBy(field);
      if (!inverse && element != owner && written.containsKey(element)) {
        elements.add(written.get(element));
      }
    } else if (element.isAnnotationPresent(Embeddable.class)) {
      elements.add(sample(element, written));
    } else {
      elements.add(value(element));
    }
    return elements;
  }

  /**
   * A map of one entry, its value as {@link #collection}'s element; its key a basic value, or,
   * for an association keyed by an attribute of its target ({@code @MapKey}), that attribute's
   * value.
   */
  private static Map<Object, Object> map(Field field, Class<?> owner,
      Map<Class<?>, Object> written) throws ReflectiveOperationException {
    Map<Object, Object> entries = new java.util.LinkedHashMap<>();
    var arguments = ((ParameterizedType) field.getGenericType()).getActualTypeArguments();
    Class<?> key = (Class<?>) arguments[0];
    Class<?> value = (Class<?>) arguments[1];
    if (value.isAnnotationPresent(Entity.class)) {
      Object target = written.get(value);
      if (!mappedBy(field) && value != owner && target != null) {
        if (field.isAnnotationPresent(jakarta.persistence.MapKey.class)) {
          Field attribute = value.getDeclaredField(
              field.getAnnotation(jakarta.persistence.MapKey.class).name());
          attribute.setAccessible(true);
          entries.put(attribute.get(target), target);
        } else {
          entries.put(value(key), target);
        }
      }
    } else {
      entries.put(value(key), value.isAnnotationPresent(Embeddable.class)
          ? sample(value, written) : value(value));
    }
    return entries;
  }

  private static boolean mappedBy(Field field) {
    return field.isAnnotationPresent(OneToMany.class)
        && !field.getAnnotation(OneToMany.class).mappedBy().isEmpty()
        || field.isAnnotationPresent(ManyToMany.class)
        && !field.getAnnotation(ManyToMany.class).mappedBy().isEmpty();
  }

  /**
   * A new instance of {@code type} (an entity or an embeddable) with every persistent field but a
   * generated key set (a record's components through its constructor): an association to the row of its target in {@code written} (none for a
   * table's own), an embedded value filled the same way, a collection of one element.
   */
  static Object sample(Class<?> type, Map<Class<?>, Object> written)
      throws ReflectiveOperationException {
    if (type.isRecord()) {
      var components = type.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = value(types[i]);
      }
      return type.getDeclaredConstructor(types).newInstance(values);
    }
    var constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object entity = constructor.newInstance();
    for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
            || field.isAnnotationPresent(Transient.class)
            || field.isAnnotationPresent(Version.class)
            || field.isAnnotationPresent(Id.class) && field.isAnnotationPresent(GeneratedValue.class)) {
          continue;
        }
        field.setAccessible(true);
        if (field.getType().isAnnotationPresent(Entity.class)) {
          field.set(entity, field.getType() == type ? null : written.get(field.getType()));
        } else if (field.getType().isAnnotationPresent(Embeddable.class)) {
          field.set(entity, sample(field.getType(), written));
        } else if (Collection.class.isAssignableFrom(field.getType())) {
          field.set(entity, collection(field, type, written));
        } else if (Map.class.isAssignableFrom(field.getType())) {
          field.set(entity, map(field, type, written));
        } else {
          field.set(entity, valid(field, value(field.getType())));
        }
      }
    }
    return entity;
  }

  /** {@code value} made to pass {@code field}'s size and digits constraints. */
  private static Object valid(Field field, Object value) {
    if (value instanceof String text) {
      int min = 0;
      int max = Integer.MAX_VALUE;
      if (field.isAnnotationPresent(Size.class)) {
        min = field.getAnnotation(Size.class).min();
        max = field.getAnnotation(Size.class).max();
      }
      if (field.isAnnotationPresent(Length.class)) {
        min = Math.max(min, field.getAnnotation(Length.class).min());
        max = Math.min(max, field.getAnnotation(Length.class).max());
      }
      String padded = text + "x".repeat(Math.max(0, min - text.length()));
      return padded.substring(0, Math.min(padded.length(), max));
    }
    if (value instanceof BigDecimal decimal && field.isAnnotationPresent(Digits.class)) {
      int fraction = field.getAnnotation(Digits.class).fraction();
      return decimal.setScale(Math.min(decimal.scale(), fraction), RoundingMode.HALF_UP);
    }
    return value;
  }

  /** A value of {@code type} that fits the narrowest column the corpus gives it (2 characters). */
  private static Object value(Class<?> type) {
    if (type == String.class) {
      return "é1";
    } else if (type == long.class || type == Long.class) {
      return 7L;
    } else if (type == int.class || type == Integer.class) {
      return 7;
    } else if (type == short.class || type == Short.class) {
      return (short) 7;
    } else if (type == byte.class || type == Byte.class) {
      return (byte) 7;
    } else if (type == boolean.class || type == Boolean.class) {
      return true;
    } else if (type == double.class || type == Double.class) {
      return 0.5;
    } else if (type == float.class || type == Float.class) {
      return 0.5f;
    } else if (type == char.class || type == Character.class) {
      return 'x';
    } else if (type == BigDecimal.class) {
      return new BigDecimal("1.25");
    } else if (type == LocalDate.class) {
      return LocalDate.of(2026, 12, 3);
    } else if (type == LocalTime.class) {
      return LocalTime.of(13, 17, 5);
    } else if (type == LocalDateTime.class) {
      return LocalDateTime.of(2026, 12, 3, 13, 17, 5);
    } else if (type == Instant.class) {
      return Instant.parse("2026-12-03T13:17:05Z");
    } else if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(2026, 12, 3, 13, 17, 5, 0, ZoneOffset.UTC);
    } else if (type == ZonedDateTime.class) {
      return ZonedDateTime.of(2026, 12, 3, 13, 17, 5, 0, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    } else if (type == UUID.class) {
      return UUID.fromString("00000000-0000-0000-0000-000000000007");
    } else if (type == byte[].class) {
      return new byte[] {7};
    } else if (type.isEnum()) {
      return type.getEnumConstants()[0];
    } else if (type.isRecord() && type.getRecordComponents().length == 1) {
      // A value type an auto-applied converter stores, such as record Percent(int value).
      Class<?> component = type.getRecordComponents()[0].getType();
      try {
        return type.getDeclaredConstructor(component).newInstance(value(component));
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("no sample value for " + type, e);
      }
    }
    throw new IllegalArgumentException("no sample value for " + type);
  }
}
