package dev.accordion.conformance;

import java.util.Map;

/** Each {@code -Aaccordion.naming} option beside the Hibernate settings it stands for. */
enum Naming {
  JPA("jpa", Map.of()),
  SNAKE_CASE("snake_case", Map.of("hibernate.physical_naming_strategy",
      "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")),
  /** As Spring Boot 4 configures Hibernate when the application sets nothing. */
  SPRING("spring", Map.of(
      "hibernate.physical_naming_strategy",
      "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
      "hibernate.implicit_naming_strategy",
      "org.springframework.boot.hibernate.SpringImplicitNamingStrategy")),
  /**
   * A Spring Boot application's own physical strategy ({@code
   * spring.jpa.hibernate.naming.physical-strategy}), which Accordion loads from the processor
   * path and asks for each table, column and sequence name.
   */
  CUSTOM("spring:" + PrefixedNamingStrategy.class.getName(), Map.of(
      "hibernate.physical_naming_strategy", PrefixedNamingStrategy.class.getName(),
      "hibernate.implicit_naming_strategy",
      "org.springframework.boot.hibernate.SpringImplicitNamingStrategy"));

  private final String option;
  private final Map<String, String> hibernateSettings;

  Naming(String option, Map<String, String> hibernateSettings) {
    this.option = option;
    this.hibernateSettings = hibernateSettings;
  }

  String option() {
    return option;
  }

  Map<String, String> hibernateSettings() {
    return hibernateSettings;
  }
}
