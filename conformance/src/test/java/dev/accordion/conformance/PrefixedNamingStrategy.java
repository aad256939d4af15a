package dev.accordion.conformance;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * A physical naming strategy as applications write their own: Spring's snake case, with every
 * table and sequence prefixed by the application's name.
 */
public class PrefixedNamingStrategy extends CamelCaseToUnderscoresNamingStrategy {

  @Override
  public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
    return prefixed(super.toPhysicalTableName(name, environment));
  }

  @Override
  public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
    return prefixed(super.toPhysicalSequenceName(name, environment));
  }

  private static Identifier prefixed(Identifier name) {
    return Identifier.toIdentifier("shop_" + name.getText(), name.isQuoted());
  }
}
