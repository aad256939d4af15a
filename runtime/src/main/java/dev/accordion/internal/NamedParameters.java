package dev.accordion.internal;

import dev.accordion.internal.SqlLexer.Kind;
import dev.accordion.internal.SqlLexer.Token;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A statement with {@code :name} parameters rewritten to JDBC's positional {@code ?}. A name may
 * appear more than once; each occurrence is bound.
 */
record NamedParameters(String jdbcSql, List<String> names) {

  /** Rewrites {@code sql}; a parameter outside {@code allowed} is an error naming it. */
  static NamedParameters parse(String sql, Set<String> allowed) {
    StringBuilder jdbcSql = new StringBuilder(sql.length());
    List<String> names = new ArrayList<>();
    for (Token token : SqlLexer.tokens(sql)) {
      if (token.kind() == Kind.NAMED_PARAMETER) {
        String name = token.text().substring(1);
        if (!allowed.contains(name)) {
          throw new IllegalArgumentException(
              "unknown parameter :" + name + " (this statement may use " + describe(allowed) + ")");
        }
        names.add(name);
        jdbcSql.append('?');
      } else {
        jdbcSql.append(token.text());
      }
    }
    return new NamedParameters(jdbcSql.toString(), List.copyOf(names));
  }

  void bind(PreparedStatement statement, Map<String, BoundValue> values) throws SQLException {
    for (int i = 0; i < names.size(); i++) {
      values.get(names.get(i)).bind(statement, i + 1);
    }
  }

  /** A value and how to hand it to JDBC. */
  interface BoundValue {
    void bind(PreparedStatement statement, int index) throws SQLException;
  }

  private static String describe(Set<String> allowed) {
    return allowed.stream().sorted().map(name -> ":" + name).reduce((a, b) -> a + ", " + b).orElse("none");
  }
}
