package dev.accordion.processor.validate;

import dev.accordion.format.DialectName;
import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.render.IdentifierLimits;
import dev.accordion.processor.render.MigrationRenderer.RenderedMigration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Rules on what rendering found out: the names a dialect's SQL uses, and the tables it rebuilds.
 * They read the renderer's facts about each migration, never its text.
 */
public final class RenderedRules {

  private RenderedRules() {}

  /**
   * For one dialect's migrations: a note for each SQLite table rebuild, which holds the
   * database's write lock while it copies the table, then an error for each name too long for
   * the database, reported on the entity whose table it is built from (the longest table name it
   * contains), else on {@code anchor}.
   */
  public static ValidationReport check(DialectName dialect, List<RenderedMigration> migrations,
      List<EntityDeclaration> entities, Element anchor) {
    ValidationReport.Builder report = ValidationReport.builder();
    Set<String> names = new LinkedHashSet<>();
    for (RenderedMigration migration : migrations) {
      names.addAll(migration.names());
      if (migration.rebuildsTables()) {
        for (String table : migration.tables()) {
          entities.stream().filter(e -> e.tableName().equals(table)).findFirst().ifPresent(e ->
              report.report(Message.SQLITE_REBUILD, e.type(), migration.description(), table));
        }
      }
    }
    for (IdentifierLimits.TooLong name : IdentifierLimits.check(dialect, names)) {
      String lower = name.name().toLowerCase(Locale.ROOT);
      Optional<EntityDeclaration> owner = entities.stream()
          .filter(e -> lower.contains(e.tableName().toLowerCase(Locale.ROOT)))
          .max(Comparator.comparingInt(e -> e.tableName().length()));
      report.report(Message.NAME_TOO_LONG, owner.<Element>map(EntityDeclaration::type)
              .orElse(anchor), dialect.word(), name.name(), name.length(), name.unit(),
          name.database(), name.limit(),
          owner.map(EntityDeclaration::tableName).orElse("(none of this compile)"));
    }
    return report.build();
  }
}
