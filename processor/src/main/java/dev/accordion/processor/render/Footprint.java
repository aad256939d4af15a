package dev.accordion.processor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an expand leaves in the schema: its new columns, its sync triggers, the view or copy under
 * a table's new name. The runtime looks for them before it applies the expand; finding any
 * means the expand ran here already and its history row is gone, and applying it again could
 * rebuild or refill what later writes changed.
 *
 * @param table the table of {@code columns}
 */
record Footprint(String table, List<String> columns, List<String> triggers, List<String> relations) {

  Footprint {
    columns = List.copyOf(columns);
    triggers = List.copyOf(triggers);
    relations = List.copyOf(relations);
  }

  /**
   * One {@code SELECT} adding up the catalog queries of each kind of object there is, each
   * given the literal list of names as the catalog spells them.
   */
  String query(SqlSyntax sql, Function<String, String> columnsQuery,
      Function<String, String> triggersQuery, Function<String, String> relationsQuery) {
    List<String> parts = new ArrayList<>();
    if (!columns.isEmpty()) {
      parts.add("(" + columnsQuery.apply(names(sql, columns)) + ")");
    }
    if (!triggers.isEmpty()) {
      parts.add("(" + triggersQuery.apply(names(sql, triggers)) + ")");
    }
    if (!relations.isEmpty()) {
      parts.add("(" + relationsQuery.apply(names(sql, relations)) + ")");
    }
    return "SELECT " + String.join(" + ", parts) + ";";
  }

  private static String names(SqlSyntax sql, List<String> identifiers) {
    return identifiers.stream().map(name -> sql.stringLiteral(sql.catalogName(name)))
        .collect(Collectors.joining(", "));
  }
}
