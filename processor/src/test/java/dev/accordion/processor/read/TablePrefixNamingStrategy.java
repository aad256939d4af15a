package dev.accordion.processor.read;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** An application's strategy, as teams write them: Spring's snake case, tables prefixed. */
public class TablePrefixNamingStrategy extends CamelCaseToUnderscoresNamingStrategy {

  @Override
  public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
    Identifier snake = super.toPhysicalTableName(name, environment);
    return Identifier.toIdentifier("app_" + snake.getText(), snake.isQuoted());
  }
}
