package dev.accordion.processor.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.util.Elements;

/**
 * Whether the schema carries the Bean Validation constraints Hibernate 7 applies to its DDL
 * ({@link BeanValidation}), chosen by {@code -Aaccordion.beanValidation}. Hibernate applies them
 * when {@code jakarta.persistence.validation.mode} is {@code AUTO} (its default) and it finds a
 * provider, or {@code DDL}; never with {@code hibernate.validator.apply_to_ddl=false} or the mode
 * {@code NONE} or {@code CALLBACK}.
 */
public enum ValidationMode {
  /**
   * When Hibernate Validator is on the compile class path, where Spring Boot's
   * {@code spring-boot-starter-validation} puts it, and so at run time too: the default, as
   * {@code AUTO} is Hibernate's.
   */
  AUTO,
  /** Always: the application runs with another provider, or one only on its run-time path. */
  DDL,
  /** Never: the application turns the DDL constraints off. */
  NONE;

  /** The provider Hibernate would find at run time, by its class. */
  static final String HIBERNATE_VALIDATOR = "org.hibernate.validator.HibernateValidator";

  /** The word that selects it in {@code -Aaccordion.beanValidation}. */
  public String option() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ValidationMode> fromOption(String word) {
    return Arrays.stream(values()).filter(m -> m.option().equals(word)).findFirst();
  }

  /** Every option word, for a message. */
  public static String options() {
    return Arrays.stream(values()).map(ValidationMode::option).collect(Collectors.joining(", "));
  }

  /** Whether Hibernate applies the constraints, for a compile that sees {@code elements}. */
  public boolean appliesToDdl(Elements elements) {
    return switch (this) {
      case AUTO -> elements.getTypeElement(HIBERNATE_VALIDATOR) != null;
      case DDL -> true;
      case NONE -> false;
    };
  }
}
