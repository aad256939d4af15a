package dev.accordion.processor.render;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL every dialect shares for a link moving between tables (Profile.userId to
 * User.profileId): the owner's new link is the key of the source row that links back to it. The
 * duplicate guard, the batched backfill walking the owner's key, and the verification that
 * every owner's link is its inverse.
 */
final class LinkSql {

  private final SqlSyntax sql;
  private final Transition t;
  private final Table owner;
  private final Table source;

  LinkSql(SqlSyntax sql, Transition transition, Table owner, Table source) {
    this.sql = sql;
    this.t = transition;
    this.owner = owner;
    this.source = source;
  }

  /** The table that gets the new link (User). */
  String owner() {
    return sql.quote(t.table());
  }

  /** The table whose link goes (Profile). */
  String source() {
    return sql.quote(t.oldTable());
  }

  String ownerKey() {
    return sql.quote(owner.key().name());
  }

  String sourceKey() {
    return sql.quote(source.key().name());
  }

  /** The new link, on the owner (profileId). */
  String link() {
    return sql.quote(t.newColumn());
  }

  /** The old link, on the source (userId). */
  String backLink() {
    return sql.quote(t.oldColumn());
  }

  private final SqlTemplate names = new SqlTemplate(() -> Map.of("owner", owner(),
      "source", source(), "ownerKey", ownerKey(), "sourceKey", sourceKey(), "link", link(),
      "backLink", backLink()));

  /**
   * {@code template} as SQL ({@link SqlTemplate}): {@code {owner}}, {@code {source}},
   * {@code {ownerKey}}, {@code {sourceKey}}, {@code {link}} and {@code {backLink}} stand for
   * those names, quoted.
   */
  String fill(String template, String... expressions) {
    return names.fill(template, expressions);
  }

  List<String> fillAll(String... templates) {
    return names.fillAll(templates);
  }

  /**
   * The key of the source row linking back to owner key {@code ownerKey}, or NULL; the lowest,
   * should an older release have given two rows the same link, which verification counts.
   */
  String inverse(String ownerKey) {
    return "(SELECT MIN(" + source() + "." + sourceKey() + ") FROM " + source() + " WHERE "
        + source() + "." + backLink() + " = " + ownerKey + ")";
  }

  /**
   * The key of the source row linking back, read under {@code lock}. Two rows linking back
   * fail the statement, so the backfill leaves that owner's link empty and names it.
   */
  private String lockedInverse(String ownerKey, String lock) {
    return "(SELECT " + source() + "." + sourceKey() + " FROM " + source() + " WHERE " + source()
        + "." + backLink() + " = " + ownerKey + lock + ")";
  }

  /** Source rows whose link the owner does not hold: the contract would drop it. */
  private String sourcesLosingTheirLink() {
    return " FROM " + source() + " WHERE " + source() + "." + backLink() + " IS NOT NULL AND NOT"
        + " EXISTS (SELECT 1 FROM " + owner() + " WHERE " + owner() + "." + ownerKey() + " = "
        + source() + "." + backLink() + " AND " + owner() + "." + link() + " = " + source() + "."
        + sourceKey() + ")";
  }

  /** Owners whose link the source row does not hold back: older releases would not see it. */
  private String ownersNotLinkedBack() {
    return " FROM " + owner() + " WHERE " + owner() + "." + link() + " IS NOT NULL AND NOT EXISTS"
        + " (SELECT 1 FROM " + source() + " WHERE " + source() + "." + sourceKey() + " = "
        + owner() + "." + link() + " AND " + source() + "." + backLink() + " = " + owner() + "."
        + ownerKey() + ")";
  }

  /**
   * Links the two sides do not both hold: a source row's link its owner does not hold (a
   * link to a missing row, or one two source rows share), and an owner's link not held back.
   */
  String countMismatches() {
    return "SELECT COUNT(*) FROM (SELECT 1 AS " + sql.quote("one") + sourcesLosingTheirLink()
        + " UNION ALL SELECT 1" + ownersNotLinkedBack() + ") AS " + sql.quote("mismatched") + ";";
  }

  /** The mismatched links by table and key, as text (so ordered as text). */
  String listMismatches() {
    return "SELECT " + sql.stringLiteral(t.oldTable()) + " AS " + sql.quote("table") + ", "
        + sql.text(source() + "." + sourceKey()) + " AS " + sql.quote("key") + ", "
        + sql.text(source() + "." + backLink()) + " AS " + sql.quote("link")
        + sourcesLosingTheirLink() + " UNION ALL SELECT " + sql.stringLiteral(t.table()) + ", "
        + sql.text(owner() + "." + ownerKey()) + ", " + sql.text(owner() + "." + link())
        + ownersNotLinkedBack() + " ORDER BY 1, 2;";
  }

  /**
   * Two source rows holding the same link would give their owner two values: the expand is
   * refused before any DDL, naming them.
   */
  String duplicates() {
    return "SELECT " + backLink() + ", COUNT(*) AS " + sql.quote("links") + ", MIN(" + sourceKey()
        + ") AS " + sql.quote("first") + ", MAX(" + sourceKey() + ") AS " + sql.quote("last")
        + " FROM " + source() + " WHERE " + backLink() + " IS NOT NULL GROUP BY " + backLink()
        + " HAVING COUNT(*) > 1 ORDER BY " + backLink() + ";";
  }

  /**
   * Owners walked by key, each batch filling the links still NULL from their inverse. The
   * source rows read are share-locked ({@code lock}, where the database has row locks), so an
   * older release unlinking a row at the same moment either commits first, and the batch reads
   * the row as it left it, or waits for the batch.
   */
  Sections.Backfill backfill(String lock) {
    return Sections.Backfill.walking(sql, owner, t.batchSize(),
        "UPDATE " + owner() + " SET " + link() + " = " + lockedInverse(owner() + "." + ownerKey(), lock)
            + " WHERE " + Sections.Backfill.range(ownerKey()) + " AND " + link()
            + " IS NULL AND EXISTS (SELECT 1 FROM " + source() + " WHERE " + source() + "."
            + backLink() + " = " + owner() + "." + ownerKey() + ");");
  }

  /**
   * The expand's sections: {@code ddl} adds the new link and the triggers, {@code online} what
   * must run outside its transaction (a unique index built concurrently).
   */
  Sections expandSections(List<String> ddl, List<String> online, String lock, String footprint) {
    return new Sections(List.of(duplicates()), ddl, online, false, Optional.of(backfill(lock)),
        Optional.of(new Sections.Verification(countMismatches(), listMismatches())))
        .leaving(footprint);
  }

  /** The new link as the expand adds it: nullable, with its declared unique and foreign key. */
  Column newLink() {
    return owner.requireColumn(t.newColumn());
  }

  /**
   * The unique index of a unique new link (a {@code @OneToOne}'s join column, as Hibernate
   * creates it), built by the expand: each source row is held by one owner at most throughout,
   * since the triggers unlink an owner before they link another.
   */
  Optional<Index> uniqueIndex() {
    return newLink().unique()
        ? Optional.of(Naming.uniqueIndex(t.table(), t.newColumn())) : Optional.empty();
  }

  /**
   * The new link as the contract changes it, from {@link #newLink} (the owner this was made
   * with is the contract's before) to {@code ownerAfter}'s: NOT NULL if it becomes so, UNIQUE if
   * the expand did not make it unique already.
   */
  Column constraintsToGive(Table ownerAfter) {
    Column before = newLink();
    Column after = ownerAfter.requireColumn(t.newColumn());
    return new Column(after.name(), after.field(), after.type(),
        after.nullable() || !before.nullable(), after.unique() && !before.unique(),
        after.identity(), after.references());
  }

  /** The contract's guards: every link agrees, and none is NULL if it becomes NOT NULL. */
  List<String> guards(Table ownerAfter) {
    List<String> guards = new ArrayList<>();
    guards.add(countMismatches());
    if (!constraintsToGive(ownerAfter).nullable()) {
      guards.add("SELECT COUNT(*) FROM " + owner() + " WHERE " + link() + " IS NULL;");
    }
    return guards;
  }
}
