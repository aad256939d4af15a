package dev.accordion.processor.render;

/**
 * A dialect as each is built: one {@link SqlSyntax} spells all of its SQL, and one
 * {@link SqlDialect.RelationSql} beside it writes the transitions of relations.
 */
abstract class AbstractSqlDialect implements SqlDialect {

  private final SqlSyntax syntax;
  private final RelationSql relations;

  AbstractSqlDialect(SqlSyntax syntax, RelationSql relations) {
    this.syntax = syntax;
    this.relations = relations;
  }

  @Override
  public SqlSyntax syntax() {
    return syntax;
  }

  @Override
  public RelationSql relations() {
    return relations;
  }
}
