package dev.accordion.sample;

import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * Boots the sample as an application would: Accordion applies the migrations generated at
 * compile time, then Hibernate writes and reads through the generated accessors, and the status
 * report shows what was applied, each backfill and each verification.
 *
 * <p>On a new database file it first plays the part of the first release, applying only the
 * baseline and writing {@value #FIRST_RELEASE_ROWS} posts and profiles, so that the expands
 * have rows to backfill, as they would in production.
 */
public final class SampleApp {

  static final int FIRST_RELEASE_ROWS = 20_000;
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
  private static final String BASELINE = "20261101090000.1";

  private SampleApp() {}

  public static void main(String[] args) throws Exception {
    quietLogging();
    if (args.length > 1 || (args.length == 1 && !args[0].endsWith(".db") && !args[0].startsWith("jdbc:"))) {
      System.err.println("Usage: SampleApp [<sqlite-file>.db | <jdbc-url>]   (default: the file"
          + " named by -Daccordion.sample.db, else accordion-sample.db)");
      System.exit(2);
    }
    String target = args.length > 0 ? args[0]
        : System.getProperty("accordion.sample.db", "accordion-sample.db");
    Database database = Database.of(target);
    boolean fresh = database.isEmpty();
    DataSource dataSource = database.dataSource();
    System.out.println("Accordion sample on " + database.description());

    if (fresh) {
      System.out.println("New database: applying release 1 (the baseline) and writing "
          + FIRST_RELEASE_ROWS + " rows as release 1 did.");
      Accordion.builder().dataSource(dataSource).target(BASELINE).build().migrate();
      writeFirstRelease(dataSource);
    }

    System.out.println("Booting the current release: applying pending migrations.");
    StatusReport applied = Accordion.migrate(dataSource);
    int appliedNow = applied.appliedByThisCall().size();
    if (!applied.pending().isEmpty()) {
      // On a server, contracts wait until no instance of an older release runs: here, now.
      System.out.println(applied.pending().size() + " contract(s) wait for `complete`; this demo"
          + " is the only instance, so it completes them now.");
      appliedNow += Accordion.builder().dataSource(dataSource).build().complete()
          .appliedByThisCall().size();
    }
    System.out.println("Applied now: " + appliedNow + " migration(s).");

    try (SessionFactory sessions = sessionFactory(dataSource, database.hibernateDialect())) {
      long postId;
      long profileId;
      try (Session session = sessions.openSession()) {
        session.beginTransaction();
        Post post = new Post("Expand and contract", "Written by the current release.", Status.InReview);
        Profile profile = new Profile("Writes bio and biography through ProfileAccessors.");
        session.persist(post);
        session.persist(profile);
        session.getTransaction().commit();
        postId = post.getId();
        profileId = profile.getId();
      }
      try (Session session = sessions.openSession()) {
        Post post = session.find(Post.class, postId);
        Profile profile = session.find(Profile.class, profileId);
        System.out.println("Read back post " + postId + ": status=" + post.getStatus());
        System.out.println("Read back profile " + profileId + ": biography=\"" + profile.getBiography()
            + "\" (bio and biography both hold it: " + bothColumns(dataSource, profileId) + ")");
      }
    }

    System.out.println();
    System.out.println(Accordion.builder().dataSource(dataSource).build().status().render());
  }

  /** One line per log record, and only Hibernate's warnings: Accordion's progress stands out. */
  private static void quietLogging() {
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "[%4$s] %5$s%6$s%n");
    }
    HIBERNATE_LOG.setLevel(Level.WARNING);
  }

  private static void writeFirstRelease(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement post = connection.prepareStatement(
              "INSERT INTO Post (title, content, published) VALUES (?, ?, ?)");
          PreparedStatement profile =
              connection.prepareStatement("INSERT INTO Profile (bio) VALUES (?)")) {
        for (int i = 1; i <= FIRST_RELEASE_ROWS; i++) {
          post.setString(1, "Post " + i);
          post.setString(2, "Written by release 1.");
          post.setBoolean(3, i % 4 == 0);
          post.addBatch();
          profile.setString(1, "Bio " + i);
          profile.addBatch();
        }
        post.executeBatch();
        profile.executeBatch();
      }
      connection.commit();
    }
  }

  private static String bothColumns(DataSource dataSource, long profileId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT bio = biography FROM Profile WHERE id = ?")) {
      select.setLong(1, profileId);
      try (var rs = select.executeQuery()) {
        return rs.next() && rs.getBoolean(1) ? "yes" : "no";
      }
    }
  }

  static SessionFactory sessionFactory(DataSource dataSource, String dialect) {
    Configuration configuration = new Configuration();
    for (Class<?> entity : List.of(Post.class, Profile.class)) {
      configuration.addAnnotatedClass(entity);
    }
    configuration.getProperties().put("hibernate.connection.datasource", dataSource);
    configuration.setProperty("hibernate.dialect", dialect);
    configuration.setProperty("hibernate.hbm2ddl.auto", "none");
    return configuration.buildSessionFactory();
  }

}
