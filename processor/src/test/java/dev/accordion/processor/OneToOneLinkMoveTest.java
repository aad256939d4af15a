package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1-1 link changing direction, written with a {@code @OneToOne} on each side, as each dialect
 * writes it: Profile.account (account_id, unique, a foreign key to Account) becomes
 * Account.profile (profile_id). The expand adds profile_id with its unique index and its foreign
 * key without blocking writers; the contract drops account_id with its foreign key and unique
 * key, and makes profile_id NOT NULL. That it runs against the databases with writers of both
 * releases is LinkMoveAssociationLifecycleTest's (sample-app).
 */
class OneToOneLinkMoveTest {

  private static final String EXPAND = "V20260102120000_1__expand_Account_profile_id.sql";
  private static final String CONTRACT = "V20260103120000_1__contract_Account_profile_id.sql";

  @TempDir Path migrations;

  private static JavaFileObject entity(String name, String... lines) {
    return JavaFileObjects.forSourceLines("lib." + name, Stream.concat(Stream.of(
        "package lib;",
        "import dev.accordion.*;",
        "import jakarta.persistence.*;",
        "@Entity public class " + name + " {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;"),
        Stream.concat(Stream.of(lines), Stream.of("}"))).toList());
  }

  private static final JavaFileObject OWNING_PROFILE =
      entity("Profile", "  @OneToOne private Account account;");

  private Compilation compile(String timestamp, JavaFileObject... sources) {
    return Compile.into(migrations).at(timestamp).allDialects().entities(List.of(sources));
  }

  private String migration(String dialect, String name) throws IOException {
    return Files.readString(migrations.resolve(dialect).resolve(name));
  }

  private Compilation release2() {
    return compile("20260102120000", OWNING_PROFILE, entity("Account",
        "  @Expand(from = \"Profile.account\") @OneToOne private Profile profile;"));
  }

  @Test
  void theExpandAddsTheUniqueForeignKeyOnlineAndTheContractDropsTheOldSide() throws IOException {
    assertThat(compile("20260101120000", OWNING_PROFILE,
        entity("Account", "  @OneToOne(mappedBy = \"account\") private Profile profile;")))
        .succeeded();
    assertThat(release2()).succeededWithoutWarnings();

    String postgres = migration("postgresql", EXPAND);
    assertThat(postgres).contains("ALTER TABLE \"account\" ADD COLUMN \"profile_id\" bigint;");
    assertThat(postgres).contains("ALTER TABLE \"account\" ADD CONSTRAINT"
        + " \"account_profile_id_fkey\" FOREIGN KEY (\"profile_id\") REFERENCES \"profile\""
        + " (\"id\") NOT VALID;");
    assertThat(postgres).contains("-- accordion:online\n"
        + "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"account_profile_id_key\" ON"
        + " \"account\" (\"profile_id\");\n"
        + "ALTER TABLE \"account\" VALIDATE CONSTRAINT \"account_profile_id_fkey\";\n");
    // The unique index comes before the foreign key, which takes it instead of an index of its own.
    String mysql = migration("mysql", EXPAND);
    String uniqueIndex = "ALTER TABLE `Account` ADD COLUMN IF NOT EXISTS `profile_id` bigint,"
        + " ALGORITHM=INSTANT;\n"
        + "CREATE UNIQUE INDEX IF NOT EXISTS `Account_profile_id_key` ON `Account` (`profile_id`)"
        + " ALGORITHM=INPLACE LOCK=NONE;\n";
    String foreignKey = "SET SESSION foreign_key_checks = 0;\n"
        + "ALTER TABLE `Account` ADD CONSTRAINT `Account_profile_id_fkey` FOREIGN KEY IF NOT EXISTS"
        + " (`profile_id`) REFERENCES `Profile` (`id`), ALGORITHM=INPLACE, LOCK=NONE;\n"
        + "SET SESSION foreign_key_checks = 1;\n";
    assertThat(mysql).contains(uniqueIndex);
    assertThat(mysql).contains(foreignKey);
    assertThat(mysql.indexOf(uniqueIndex)).isLessThan(mysql.indexOf(foreignKey));
    // SQLite adds no UNIQUE column: the unique index stands for it.
    assertThat(migration("sqlite", EXPAND)).contains(
        "ALTER TABLE \"Account\" ADD COLUMN \"profile_id\" bigint REFERENCES \"Profile\""
            + " (\"id\");\n"
            + "CREATE UNIQUE INDEX \"Account_profile_id_key\" ON \"Account\" (\"profile_id\");");

    assertThat(compile("20260103120000",
        entity("Profile", "  @OneToOne(mappedBy = \"profile\") private Account account;"),
        entity("Account", "  @Contract(from = \"Profile.account\")",
            "  @OneToOne(optional = false) @JoinColumn(nullable = false)",
            "  private Profile profile;")))
        .succeeded();

    String postgresContract = migration("postgresql", CONTRACT);
    assertThat(postgresContract)
        .contains("ALTER TABLE \"profile\" DROP COLUMN IF EXISTS \"account_id\";");
    assertThat(postgresContract)
        .contains("ALTER TABLE \"account\" ALTER COLUMN \"profile_id\" SET NOT NULL;");
    assertThat(postgresContract).doesNotContain("CREATE UNIQUE INDEX");
    String mysqlContract = migration("mysql", CONTRACT);
    assertThat(mysqlContract).contains(
        "ALTER TABLE `Profile` DROP FOREIGN KEY IF EXISTS `Profile_account_id_fkey`;\n"
            + "ALTER TABLE `Profile` DROP COLUMN IF EXISTS `account_id`, ALGORITHM=INPLACE,"
            + " LOCK=NONE;\n"
            + "ALTER TABLE `Account` MODIFY `profile_id` bigint NOT NULL, ALGORITHM=INPLACE,"
            + " LOCK=NONE;");
    assertThat(mysqlContract).doesNotContain("CREATE UNIQUE INDEX");
    // SQLite drops no column a foreign key constrains: both tables are rebuilt.
    String sqlite = migration("sqlite", CONTRACT);
    assertThat(sqlite).contains("-- accordion:ddl foreign-keys=off");
    assertThat(sqlite).contains("CREATE TABLE \"Profile__accordion_rebuild\" (\n"
        + "  \"id\" integer,\n"
        + "  PRIMARY KEY (\"id\")\n"
        + ");");
    assertThat(sqlite).contains(
        "\"profile_id\" bigint NOT NULL UNIQUE REFERENCES \"Profile\" (\"id\")");
    String snapshot = Files.readString(migrations.resolve("schema.json")).replaceAll("\\s+", " ");
    assertThat(snapshot).doesNotContain("account_id");
    assertThat(snapshot).contains("\"name\" : \"profile_id\", \"field\" : \"profile\"");
  }

  @Test
  void recompilingTheExpandAddsNothing() throws IOException {
    assertThat(compile("20260101120000", OWNING_PROFILE, entity("Account"))).succeeded();
    assertThat(release2()).succeeded();
    String snapshot = Files.readString(migrations.resolve("schema.json"));

    assertThat(compile("20260104120000", OWNING_PROFILE, entity("Account",
        "  @Expand(from = \"Profile.account\") @OneToOne private Profile profile;")))
        .succeeded();

    try (Stream<Path> files = Files.list(migrations.resolve("sqlite"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly(
          "V20260101120000_1__baseline.sql", EXPAND);
    }
    assertThat(Files.readString(migrations.resolve("schema.json"))).isEqualTo(snapshot);
  }
}
