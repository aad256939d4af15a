package dev.accordion.processor.render;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL every dialect shares for a 1:n link becoming m:n (Post.authorId to the join table
 * PostAuthor(postId, authorId)): the backfill walking the source's key and inserting the missing
 * join rows, and the verification that every source row's old link is one of its join rows.
 */
final class JoinSql {

  private final SqlSyntax sql;
  private final Transition t;
  private final Table source;

  JoinSql(SqlSyntax sql, Transition transition, Table source) {
    this.sql = sql;
    this.t = transition;
    this.source = source;
  }

  /** The join table (PostAuthor). */
  String join() {
    return sql.quote(t.table());
  }

  /** The table whose single link goes (Post). */
  String source() {
    return sql.quote(t.oldTable());
  }

  String sourceKey() {
    return sql.quote(source.key().name());
  }

  /** The old link, on the source (authorId). */
  String link() {
    return sql.quote(t.oldColumn());
  }

  /** The join column holding the link's value (authorId). */
  String value() {
    return sql.quote(t.newColumns().get(0));
  }

  /** The join column holding the source's key (postId). */
  String key() {
    return sql.quote(t.newColumns().get(1));
  }

  private final SqlTemplate names = new SqlTemplate(() -> Map.of("join", join(),
      "source", source(), "sourceKey", sourceKey(), "link", link(), "value", value(),
      "key", key()));

  /**
   * {@code template} as SQL ({@link SqlTemplate}): {@code {join}}, {@code {source}},
   * {@code {sourceKey}}, {@code {link}}, {@code {value}} and {@code {key}} stand for those
   * names, quoted.
   */
  String fill(String template, String... expressions) {
    return names.fill(template, expressions);
  }

  List<String> fillAll(String... templates) {
    return names.fillAll(templates);
  }

  /**
   * The join table's columns declared otherwise in {@code after} than in {@code before}, as the
   * expand created them: the contract gives them their declared constraints.
   */
  static List<Column> redeclared(Transition t, Table before, Table after) {
    return t.newColumns().stream().map(after::requireColumn)
        .filter(column -> !column.equals(before.requireColumn(column.name()))).toList();
  }

  /**
   * After a join row went (OLD): the source row whose link it was links to the lowest of its
   * remaining join rows, or to none.
   */
  String relinkOld() {
    return fill("UPDATE {source} SET {link} = (SELECT MIN({value}) FROM {join}"
        + " WHERE {key} = OLD.{key}) WHERE {sourceKey} = OLD.{key} AND {link} = OLD.{value};");
  }

  /** After a join row came (NEW): its source row, if it has no link, links to it. */
  String linkNew() {
    return fill("UPDATE {source} SET {link} = NEW.{value} WHERE {sourceKey} = NEW.{key}"
        + " AND {link} IS NULL;");
  }

  /** A join row pairs {@code sourceKey} with {@code value}. */
  String pairExists(String sourceKey, String value) {
    return "EXISTS (SELECT 1 FROM " + join() + " WHERE " + join() + "." + key() + " = " + sourceKey
        + " AND " + join() + "." + value() + " = " + value + ")";
  }

  /**
   * Source rows whose old link is not one of their join rows. A NULL link beside join rows is
   * not one: the older release clearing a post's only author it knows leaves the co-authors the
   * newer release added.
   */
  String countMismatches() {
    return "SELECT COUNT(*)" + sourcesLosingTheirLink() + ";";
  }

  /** The source rows whose link is not one of their join rows, by key. */
  String listMismatches() {
    return "SELECT " + source() + "." + sourceKey() + ", " + source() + "." + link()
        + sourcesLosingTheirLink() + " ORDER BY " + source() + "." + sourceKey() + ";";
  }

  private String sourcesLosingTheirLink() {
    String s = source() + "." + sourceKey();
    String l = source() + "." + link();
    return " FROM " + source() + " WHERE " + l + " IS NOT NULL AND NOT " + pairExists(s, l);
  }

  /**
   * The backfill: the missing join rows of a batch of source rows. The rows are locked for
   * update ({@code lock}, where the database has row locks), so a writer changing a link in the
   * meantime either goes first, and the batch reads its new link, or waits; the join table's
   * unique (key, value) index turns a row inserted twice into no change ({@code insert}).
   */
  Sections.Backfill backfill(String insert, String lock) {
    String s = sourceKey();
    return Sections.Backfill.walking(sql, source, t.batchSize(),
        insert + " " + join() + " (" + key() + ", " + value() + ") SELECT " + s + ", " + link()
            + " FROM " + source() + " WHERE " + Sections.Backfill.range(s) + " AND "
            + link() + " IS NOT NULL AND NOT " + pairExists(source() + "." + s, source() + "."
            + link()) + lock + ";");
  }

  Sections expandSections(List<String> ddl, String insert, String lock, String footprint) {
    return new Sections(List.of(), ddl, List.of(), false, Optional.of(backfill(insert, lock)),
        Optional.of(new Sections.Verification(countMismatches(), listMismatches(),
            Optional.of("SELECT COUNT(*)" + sourcesLosingTheirLink() + " AND "
                + Sections.Backfill.range(source() + "." + sourceKey()) + ";"))))
        .leaving(footprint);
  }
}
