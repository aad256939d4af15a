package dev.accordion.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Where the sample runs: a SQLite file (the default), or PostgreSQL or MariaDB by JDBC URL. */
record Database(String url, String hibernateDialect, DataSource dataSource) {

  static Database of(String fileOrUrl) throws SQLException {
    if (fileOrUrl.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(fileOrUrl);
      return new Database(fileOrUrl, "org.hibernate.dialect.PostgreSQLDialect", dataSource);
    }
    if (fileOrUrl.startsWith("jdbc:mariadb:") || fileOrUrl.startsWith("jdbc:mysql:")) {
      return new Database(fileOrUrl, "org.hibernate.dialect.MariaDBDialect",
          new MariaDbDataSource(fileOrUrl.replace("jdbc:mysql:", "jdbc:mariadb:")));
    }
    String url = fileOrUrl.startsWith("jdbc:sqlite:") ? fileOrUrl : "jdbc:sqlite:" + fileOrUrl;
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(10_000);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url);
    return new Database(url, "org.hibernate.community.dialect.SQLiteDialect", dataSource);
  }

  String description() {
    return url.startsWith("jdbc:sqlite:")
        ? Path.of(url.substring("jdbc:sqlite:".length())).toAbsolutePath().toString()
        : url;
  }

  /** True when the sample's tables do not exist yet: the demo then plays release 1 first. */
  boolean isEmpty() throws SQLException {
    if (url.startsWith("jdbc:sqlite:")
        && !Files.exists(Path.of(url.substring("jdbc:sqlite:".length())))) {
      return true;
    }
    try (Connection connection = dataSource.getConnection()) {
      for (String name : new String[] {"Post", "post"}) {
        try (ResultSet tables =
            connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
          if (tables.next()) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
