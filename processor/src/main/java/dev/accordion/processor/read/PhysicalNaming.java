package dev.accordion.processor.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a logical name (a field's, an entity's, or one written in {@code @Column(name)},
 * {@code @Table(name)} or an index's column list) becomes the name in the database: the physical
 * naming strategy the application configures Hibernate with, chosen by
 * {@code -Aaccordion.naming}. A name quoted in backticks or double quotes is kept as written, as
 * Hibernate keeps it.
 */
public enum PhysicalNaming {
  /** JPA's default, Hibernate's {@code PhysicalNamingStrategyStandardImpl}: names as declared. */
  AS_DECLARED("jpa"),
  /**
   * Hibernate's {@code PhysicalNamingStrategySnakeCaseImpl}: {@code viewCount} as
   * {@code view_count}.
   */
  SNAKE_CASE("snake_case"),
  /**
   * Spring Boot's default: the same snake case ({@code spring.jpa.hibernate.naming}), beside
   * Spring's {@code SpringImplicitNamingStrategy}, which names join tables after the owning table.
   */
  SPRING("spring");

  private final String option;

  PhysicalNaming(String option) {
    this.option = option;
  }

  /** The word that selects it in {@code -Aaccordion.naming}. */
  public String option() {
    return option;
  }

  public static Optional<PhysicalNaming> fromOption(String word) {
    return Arrays.stream(values()).filter(n -> n.option.equals(word)).findFirst();
  }

  /** Every option word, for a message. */
  public static String options() {
    return Arrays.stream(values()).map(PhysicalNaming::option).collect(Collectors.joining(", "));
  }

  /** The physical name of {@code logical}. */
  public String apply(String logical) {
    if (this == AS_DECLARED || isQuoted(logical)) {
      return logical;
    }
    return snakeCase(logical);
  }

  /**
   * The logical name of a join table no {@code @JoinTable(name)} gives: JPA's owning table and
   * target table, or Spring's owning table and the owning attribute.
   */
  public String implicitJoinTable(String owningTable, String targetTable, String attribute) {
    return owningTable + "_" + (this == SPRING ? attribute : targetTable);
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
