package dev.accordion;

import dev.accordion.testing.SqliteDatabase;
import java.nio.file.Path;
import java.time.Duration;

/**
 * test-support's {@link SqliteDatabase} (a SQLite file in the test's folder, migrations next to
 * it) with an Accordion for it, and the names of the fixture migrations in
 * {@code src/test/resources/db/accordion/sqlite}, which {@link #stage} copies.
 */
final class AccordionSqlite extends SqliteDatabase {

  static final String BASELINE = "V20260101100000_1__baseline.sql";
  static final String EXPAND = "V20260102100000_1__expand_Profile_biography.sql";
  static final String CONTRACT = "V20260103100000_1__contract_Profile_biography.sql";
  static final String BASELINE_VERSION = "20260101100000.1";
  static final String EXPAND_VERSION = "20260102100000.1";
  static final String CONTRACT_VERSION = "20260103100000.1";
  static final String TRANSITION = "Profile.biography";

  AccordionSqlite(Path folder) {
    super(folder);
  }

  /** Batches keep each file's size, so tests can count them. */
  Accordion.Builder accordion() {
    return Accordion.builder().dataSource(dataSource()).directory(migrations())
        .backfillBatchTime(Duration.ZERO);
  }

  /** Migrates with the default options. */
  StatusReport migrate() {
    return accordion().build().migrate();
  }

  @Override
  public AccordionSqlite stage(String... fileNames) {
    super.stage(fileNames);
    return this;
  }

  @Override
  public AccordionSqlite write(String fileName, String text) {
    super.write(fileName, text);
    return this;
  }
}
