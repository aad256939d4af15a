package dev.accordion.processor.read;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * How a logical name (a field's, an entity's, or one written in {@code @Column(name)},
 * {@code @Table(name)} or an index's column list) becomes the name in the database: the physical
 * naming strategy the application configures Hibernate with, chosen by
 * {@code -Aaccordion.naming}: one of the built-in words, or the class name of the application's
 * own {@code PhysicalNamingStrategy} on the processor path ({@code spring:<class>} beside
 * Spring's implicit naming). A name quoted in backticks or double quotes is kept as written, as
 * Hibernate keeps it.
 */
public final class PhysicalNaming {

  /** JPA's default, Hibernate's {@code PhysicalNamingStrategyStandardImpl}: names as declared. */
  public static final PhysicalNaming AS_DECLARED =
      new PhysicalNaming("jpa", false, (kind, name) -> name);
  /**
   * Hibernate's {@code PhysicalNamingStrategySnakeCaseImpl}: {@code viewCount} as
   * {@code view_count}.
   */
  public static final PhysicalNaming SNAKE_CASE =
      new PhysicalNaming("snake_case", false, (kind, name) -> snakeCase(name));
  /**
   * Spring Boot's default: the same snake case ({@code spring.jpa.hibernate.naming}), beside
   * Spring's {@code SpringImplicitNamingStrategy}, which names join tables after the owning table.
   */
  public static final PhysicalNaming SPRING =
      new PhysicalNaming("spring", true, (kind, name) -> snakeCase(name));

  private static final List<PhysicalNaming> BUILT_IN = List.of(AS_DECLARED, SNAKE_CASE, SPRING);

  /** Hibernate's interface a user's strategy implements. */
  private static final String STRATEGY = "org.hibernate.boot.model.naming.PhysicalNamingStrategy";

  private static final String IDENTIFIER = "org.hibernate.boot.model.naming.Identifier";

  /** What a name names: Hibernate's strategy spells each kind with its own method. */
  enum Kind {
    TABLE("toPhysicalTableName"), COLUMN("toPhysicalColumnName"),
    SEQUENCE("toPhysicalSequenceName");

    private final String method;

    Kind(String method) {
      this.method = method;
    }
  }

  private final String option;
  private final boolean springImplicit;
  private final BiFunction<Kind, String, String> spell;

  private PhysicalNaming(String option, boolean springImplicit,
      BiFunction<Kind, String, String> spell) {
    this.option = option;
    this.springImplicit = springImplicit;
    this.spell = spell;
  }

  /** The word that selects it in {@code -Aaccordion.naming}. */
  public String option() {
    return option;
  }

  /** A built-in strategy by its option word. */
  public static Optional<PhysicalNaming> fromOption(String word) {
    return BUILT_IN.stream().filter(n -> n.option.equals(word)).findFirst();
  }

  /** Every built-in option word, for a message. */
  public static String options() {
    return BUILT_IN.stream().map(PhysicalNaming::option).collect(Collectors.joining(", "));
  }

  /** The built-in strategies. */
  public static List<PhysicalNaming> builtIn() {
    return BUILT_IN;
  }

  /**
   * The application's own strategy: {@code option} names a class implementing Hibernate's
   * {@code PhysicalNamingStrategy} that {@code loader} (the processor path) can load, prefixed
   * with {@code spring:} when Spring's implicit naming goes with it. Returns why it cannot be
   * used, or the strategy.
   */
  public static Loaded load(String option, ClassLoader loader) {
    boolean spring = option.startsWith("spring:");
    String className = spring ? option.substring("spring:".length()) : option;
    try {
      Class<?> strategyType = Class.forName(STRATEGY, false, loader);
      Class<?> type = Class.forName(className, true, loader);
      if (!strategyType.isAssignableFrom(type)) {
        return new Loaded(Optional.empty(), className + " does not implement " + STRATEGY);
      }
      Object strategy = type.getDeclaredConstructor().newInstance();
      Class<?> identifier = Class.forName(IDENTIFIER, false, loader);
      Class<?> environment =
          Class.forName("org.hibernate.engine.jdbc.env.spi.JdbcEnvironment", false, loader);
      Method toIdentifier = identifier.getMethod("toIdentifier", String.class);
      Method text = identifier.getMethod("getText");
      return new Loaded(Optional.of(new PhysicalNaming(option, spring, (kind, name) -> {
        try {
          Method physical = type.getMethod(kind.method, identifier, environment);
          // No JDBC environment at compile time: the strategies Spring and Hibernate ship do not
          // read it, and one that does fails here with its own message.
          Object result = physical.invoke(strategy, toIdentifier.invoke(null, name), null);
          return (String) text.invoke(result);
        } catch (InvocationTargetException e) {
          throw new IllegalStateException(className + "." + kind.method + "(" + name + ") failed: "
              + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      })), null);
    } catch (ClassNotFoundException e) {
      return new Loaded(Optional.empty(), e.getMessage() + " is not on the processor path");
    } catch (ReflectiveOperationException | LinkageError e) {
      return new Loaded(Optional.empty(), className + " cannot be created: " + e);
    }
  }

  /** A user's strategy, or why it could not be loaded. */
  public record Loaded(Optional<PhysicalNaming> naming, String problem) {}

  /** The physical name of a table named {@code logical}. */
  public String table(String logical) {
    return spell(Kind.TABLE, logical);
  }

  /** The physical name of a column named {@code logical}. */
  public String column(String logical) {
    return spell(Kind.COLUMN, logical);
  }

  /** The physical name of a sequence named {@code logical}. */
  public String sequence(String logical) {
    return spell(Kind.SEQUENCE, logical);
  }

  private String spell(Kind kind, String logical) {
    return isQuoted(logical) ? logical : spell.apply(kind, logical);
  }

  /**
   * The logical name of a join table no {@code @JoinTable(name)} gives: JPA's owning table and
   * target table, or Spring's owning table and the owning attribute.
   */
  public String implicitJoinTable(String owningTable, String targetTable, String attribute) {
    return owningTable + "_" + (springImplicit ? attribute : targetTable);
  }

  @Override
  public String toString() {
    return option;
  }

  private static boolean isQuoted(String name) {
    return name.length() > 1
        && (name.startsWith("`") && name.endsWith("`")
            || name.startsWith("\"") && name.endsWith("\""));
  }

  /**
   * An underscore between a lower-case letter or digit and an upper-case letter followed by a
   * lower-case letter or digit, dots as underscores, then lower case: so {@code viewCount} is
   * {@code view_count} and {@code URLPath} stays {@code urlpath}, as Hibernate spells them.
   */
  private static String snakeCase(String name) {
    StringBuilder text = new StringBuilder(name.replace('.', '_'));
    for (int i = 1; i < text.length() - 1; i++) {
      if (lowerOrDigit(text.charAt(i - 1))
          && Character.isUpperCase(text.charAt(i))
          && lowerOrDigit(text.charAt(i + 1))) {
        text.insert(i++, '_');
      }
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean lowerOrDigit(char c) {
    return Character.isLowerCase(c) || Character.isDigit(c);
  }
}
