package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.read;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the migrations generated for the seeds' releases (the golden files) on a real SQLite
 * database, doing by hand what the runtime does with each section: the expand's sync triggers keep
 * both columns in step for writers that set only one of them, the batched backfill fills every
 * row, the verify query then counts zero, the contract's guards pass and the contract runs.
 */
class SqliteExecutionTest {

  @TempDir Path dir;
  private Path migrations;
  private Connection db;

  @BeforeEach
  void generateAndOpen() throws SQLException {
    migrations = dir.resolve("migrations");
    assertThat(Compile.into(migrations).at(GoldenReleasesTest.R1).release("r1")).succeeded();
    assertThat(Compile.into(migrations).at(GoldenReleasesTest.R2).release("r2")).succeeded();
    assertThat(Compile.into(migrations).at(GoldenReleasesTest.R3).release("r3")).succeeded();
    db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  @Test
  void seedsReleasesRunEndToEnd() throws SQLException {
    runDdl(migration(GoldenReleasesTest.BASELINE));
    execute("INSERT INTO \"Post\" (\"title\", \"published\") VALUES ('a', 1), ('b', 0), ('c', 1)");
    execute("INSERT INTO \"Profile\" (\"bio\") VALUES ('x'), (NULL), ('z')");

    // ---- expand Post.published -> Post.status (value map, table rebuild)
    Migration expandStatus = migration(GoldenReleasesTest.EXPAND_STATUS);
    runDdl(expandStatus);
    assertThat(strings("SELECT \"title\" || ':' || \"published\" || ':' || IFNULL(\"status\", '-')"
            + " FROM \"Post\" ORDER BY \"id\""))
        .containsExactly("a:1:-", "b:0:-", "c:1:-").inOrder();
    assertThat(count(expandStatus.verifyCount())).isEqualTo(3);
    assertThat(count(expandStatus.verifyCountOverEveryKey())).isEqualTo(3);

    // An older release writes only the old column; the new release writes only the new one.
    execute("INSERT INTO \"Post\" (\"title\", \"published\") VALUES ('old writer', 1)");
    execute("INSERT INTO \"Post\" (\"title\", \"status\") VALUES ('new writer', 'InReview')");
    assertThat(row("old writer")).isEqualTo("1:Published");
    assertThat(row("new writer")).isEqualTo("0:InReview");
    execute("UPDATE \"Post\" SET \"published\" = 0 WHERE \"title\" = 'old writer'");
    assertThat(row("old writer")).isEqualTo("0:Unknown");
    execute("UPDATE \"Post\" SET \"status\" = 'Published' WHERE \"title\" = 'new writer'");
    assertThat(row("new writer")).isEqualTo("1:Published");
    // Several statuses map back to false: the old column follows, the new value stays.
    execute("UPDATE \"Post\" SET \"status\" = 'InProgress' WHERE \"title\" = 'new writer'");
    assertThat(row("new writer")).isEqualTo("0:InProgress");
    // A stale save (every column of an entity loaded before, status among them as NULL) changes
    // neither value: status stays InProgress, not Unknown, which false would give.
    execute("UPDATE \"Post\" SET \"published\" = 0, \"status\" = NULL"
        + " WHERE \"title\" = 'new writer'");
    assertThat(row("new writer")).isEqualTo("0:InProgress");
    // A row not yet backfilled, written by an older release, is filled by the trigger too.
    execute("UPDATE \"Post\" SET \"published\" = 1 WHERE \"title\" = 'b'");
    assertThat(row("b")).isEqualTo("1:Published");
    execute("UPDATE \"Post\" SET \"published\" = 0 WHERE \"title\" = 'b'");
    assertThat(row("b")).isEqualTo("0:Unknown");

    backfill(expandStatus, 2);
    assertThat(count(expandStatus.verifyCount())).isEqualTo(0);
    assertThat(row("a")).isEqualTo("1:Published");
    assertThat(row("c")).isEqualTo("1:Published");

    // ---- expand Profile.bio -> Profile.biography (copy, plain ADD COLUMN)
    Migration expandBiography = migration(GoldenReleasesTest.EXPAND_BIOGRAPHY);
    runDdl(expandBiography);
    assertThat(count(expandBiography.verifyCount())).isEqualTo(2);
    execute("INSERT INTO \"Profile\" (\"bio\") VALUES ('only old')");
    execute("INSERT INTO \"Profile\" (\"biography\") VALUES ('only new')");
    assertThat(strings("SELECT IFNULL(\"bio\", '-') || '|' || IFNULL(\"biography\", '-')"
            + " FROM \"Profile\" WHERE \"id\" > 3 ORDER BY \"id\""))
        .containsExactly("only old|only old", "only new|only new").inOrder();
    execute("UPDATE \"Profile\" SET \"biography\" = 'edited' WHERE \"bio\" = 'only old'");
    assertThat(strings("SELECT \"bio\" FROM \"Profile\" WHERE \"biography\" = 'edited'"))
        .containsExactly("edited");
    backfill(expandBiography, 2);
    assertThat(count(expandBiography.verifyCount())).isEqualTo(0);
    assertThat(strings("SELECT IFNULL(\"bio\", '-') || '|' || IFNULL(\"biography\", '-')"
            + " FROM \"Profile\" WHERE \"id\" <= 3 ORDER BY \"id\""))
        .containsExactly("x|x", "-|-", "z|z").inOrder();
    // The contract's release clears a biography, writing it alone: bio follows. An entity of the
    // expand's release, loaded before the backfill and saved with every column, writes bio too:
    // its stale NULL biography is refilled from bio, which stays.
    execute("UPDATE \"Profile\" SET \"biography\" = NULL WHERE \"id\" = 3");
    execute("UPDATE \"Profile\" SET \"bio\" = 'x', \"biography\" = NULL WHERE \"id\" = 1");
    assertThat(strings("SELECT IFNULL(\"bio\", '-') || '|' || IFNULL(\"biography\", '-')"
            + " FROM \"Profile\" WHERE \"id\" <= 3 ORDER BY \"id\""))
        .containsExactly("x|x", "-|-", "-|-").inOrder();
    assertThat(count(expandBiography.verifyCount())).isEqualTo(0);

    // ---- contract Post.status (table rebuild: status becomes NOT NULL)
    Migration contract = migration(GoldenReleasesTest.CONTRACT_STATUS);
    assertThat(contract.sections.get("guard")).hasSize(2);
    // A row with no status at all would violate NOT NULL: the guard refuses while it exists.
    execute("INSERT INTO \"Post\" (\"title\") VALUES ('nothing')");
    assertThat(count(contract.sections.get("guard").get(1))).isEqualTo(1);
    execute("DELETE FROM \"Post\" WHERE \"title\" = 'nothing'");
    for (String guard : contract.sections.get("guard")) {
      assertThat(count(guard)).isEqualTo(0);
    }
    runDdl(contract);
    assertThat(strings("SELECT \"name\" FROM pragma_table_info('Post') ORDER BY \"cid\""))
        .containsExactly("id", "title", "content", "status").inOrder();
    assertThat(strings("SELECT \"name\" FROM sqlite_master WHERE \"type\" = 'trigger'"
            + " AND \"tbl_name\" = 'Post'"))
        .isEmpty();
    assertThat(strings("SELECT \"name\" FROM sqlite_master WHERE \"type\" = 'trigger'"
            + " AND \"tbl_name\" = 'Profile'"))
        .hasSize(5);
    assertThat(strings("SELECT \"title\" || ':' || \"status\" FROM \"Post\" ORDER BY \"id\""))
        .containsExactly("a:Published", "b:Unknown", "c:Published", "old writer:Unknown",
            "new writer:InProgress").inOrder();
    assertThrows(SQLException.class,
        () -> execute("INSERT INTO \"Post\" (\"title\") VALUES ('no status')"));
  }

  // ---- what the runtime does with each section (docs/migration-files.md), simply

  /** A migration file's statements by section; statements before any marker are DDL. */
  record Migration(Map<String, List<String>> sections, boolean foreignKeysOff) {
    /**
     * The verify section's count; its second statement lists the rows counted, its third
     * counts them in a key range of the backfill's walk.
     */
    String verifyCount() {
      List<String> statements = sections.get("verify");
      assertThat(statements).hasSize(3);
      return statements.get(0);
    }

    /** The verify section's count in a key range, over the range of every integer key. */
    String verifyCountOverEveryKey() {
      return sections.get("verify").get(2).replace(":from", String.valueOf(Long.MIN_VALUE))
          .replace(":upto", String.valueOf(Long.MAX_VALUE));
    }

    String only(String section) {
      List<String> statements = sections.get(section);
      assertThat(statements).hasSize(1);
      return statements.get(0);
    }
  }

  private Migration migration(String name) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    boolean foreignKeysOff = false;
    String section = "ddl";
    StringBuilder statement = new StringBuilder();
    for (String line : read(migrations.resolve("sqlite").resolve(name)).split("\n")) {
      if (statement.length() == 0 && line.startsWith("-- accordion:")) {
        String marker = line.substring("-- accordion:".length());
        section = marker.split(" ")[0];
        foreignKeysOff |= section.equals("ddl") && marker.contains("foreign-keys=off");
        continue;
      }
      if (statement.length() == 0 && (line.startsWith("--") || line.isBlank())) {
        continue;
      }
      statement.append(statement.length() == 0 ? "" : "\n").append(line);
      boolean trigger = statement.toString().startsWith("CREATE TRIGGER");
      if (trigger ? line.equals("END;") : line.endsWith(";")) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(statement.toString());
        statement.setLength(0);
      }
    }
    assertThat(statement.toString()).isEmpty();
    return new Migration(sections, foreignKeysOff);
  }

  /** The DDL section in one transaction; with foreign-keys=off, SQLite's rebuild procedure. */
  private void runDdl(Migration migration) throws SQLException {
    if (migration.foreignKeysOff()) {
      execute("PRAGMA foreign_keys = OFF");
    }
    db.setAutoCommit(false);
    try {
      for (String statement : migration.sections().get("ddl")) {
        execute(statement);
      }
      assertThat(strings("SELECT \"table\" FROM pragma_foreign_key_check")).isEmpty();
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
    if (migration.foreignKeysOff()) {
      execute("PRAGMA foreign_keys = ON");
    }
  }

  /** Walks the table by key, {@code batch} rows a time, :from/:upto given as literals. */
  private void backfill(Migration migration, int batch) throws SQLException {
    List<String> statements = migration.sections().get("backfill");
    assertThat(statements).hasSize(2);
    long from = Long.MIN_VALUE;
    int batches = 0;
    while (true) {
      String upto;
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery(statements.get(0).replace(":from", String.valueOf(from))
              .replace(":batch", String.valueOf(batch)))) {
        r.next();
        upto = r.getString(1);
      }
      if (upto == null) {
        break;
      }
      execute(statements.get(1).replace(":from", String.valueOf(from)).replace(":upto", upto));
      from = Long.parseLong(upto) + 1;
      batches++;
    }
    assertThat(batches).isGreaterThan(1);
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  private String row(String title) throws SQLException {
    return strings("SELECT IFNULL(\"published\", '-') || ':' || IFNULL(\"status\", '-') FROM \"Post\""
            + " WHERE \"title\" = '" + title + "'").get(0);
  }
}
