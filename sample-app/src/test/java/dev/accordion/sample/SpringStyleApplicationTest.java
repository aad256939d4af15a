package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import dev.accordion.Transitions;
import dev.accordion.sample.ShopState.CustomerRow;
import dev.accordion.sample.ShopState.LineRow;
import dev.accordion.sample.ShopState.OrderRow;
import dev.accordion.sample.ShopState.ProductRow;
import dev.accordion.sample.ShopState.ProfileRow;
import dev.accordion.testing.HibernateDifferences;
import dev.accordion.testing.TestDatabase;
import jakarta.persistence.criteria.CriteriaQuery;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An application written as Spring Boot applications are (src/test/resources/spring-app: nine
 * entities in one package, a mapped superclass with the key and a version, private fields,
 * plain {@code @GeneratedValue} keys drawn from sequences, an embedded address, every kind of
 * association and a collection of values; Hibernate configured as Spring Boot 4 configures it,
 * compiled with {@code -Aaccordion.naming=spring}) through three releases. Release 2 renames
 * Order.note to comment, moves the warehouse an order ships from to the join column
 * warehouse_id, turns Customer.vip into a tier with a value map, and adds coupons, a new table
 * and a new association on orders; release 3 contracts. Instances of two adjacent releases
 * write throughout; after each release no row or link is lost, the old and new columns agree,
 * each release reads what was last written, and the schema is what Hibernate expects.
 */
class SpringStyleApplicationTest {

  private static final Path SOURCES = Path.of("src/test/resources/spring-app");
  /** As Spring Boot 4 configures Hibernate when the application sets nothing. */
  private static final Map<String, String> SPRING_BOOT_NAMING = Map.of(
      "hibernate.physical_naming_strategy",
      "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
      "hibernate.implicit_naming_strategy",
      "org.springframework.boot.hibernate.SpringImplicitNamingStrategy");
  private static final List<String> TRANSITIONS =
      List.of("customer.tier", "orders.comment", "orders.warehouse_id");

  @TempDir Path temp;

  private TestDatabase database;
  private TestDatabase.Fresh fresh;
  private DataSource migrator;
  /** The instances' pools and session factories, closed last first. */
  private final List<AutoCloseable> open = new ArrayList<>();

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void threeReleasesUnderWritersOfAdjacentReleasesLoseNoRowOrLink(TestDatabase database)
      throws Exception {
    on(database, this::rollOut);
  }

  /**
   * An order release 2 loaded before the backfill of warehouse_id reached it (its warehouse
   * NULL, its shipFrom set) and saves after the backfill was verified, with only its reference
   * changed, keeps its warehouse: the NULL it writes is stale. (That a NULL release 3 writes
   * before {@code complete} is taken back the same way is a known limit, docs/limits.md.)
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anOrderLoadedBeforeTheBackfillKeepsItsWarehouseWhenSavedAfterVerification(
      TestDatabase database) throws Exception {
    on(database, () -> {
      Release release1 = compile(1);
      accordion().build().migrate();
      ShopState seeded = seed(release1);
      Release release2 = compile(2);
      long id = withCommentAndWarehouse(seeded).max().orElseThrow();
      OrderRow row = seeded.orders.get(id);
      ShopRelease2 code = new ShopRelease2(release2);
      List<Object> loaded = new ArrayList<>();
      List<String> columnsWhenLoaded = new ArrayList<>();
      try (SessionFactory sessions = release2.sessionFactory(migrator,
          database.hibernateDialect(), "none")) {
        accordion()
            .afterBatch(progress -> {
              if (progress.transition().equals("orders.warehouse_id") && progress.batch() == 1) {
                try (Session session = sessions.openSession()) {
                  loaded.add(session.find(code.type("Order"), id));
                  columnsWhenLoaded.add(orderColumns(id));
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              }
            })
            .build()
            .migrate();
        assertEquals(List.of("comment=" + row.comment() + " warehouse_id=null"),
            columnsWhenLoaded, "the order was loaded before the backfill reached it");
        assertTrue(Transitions.readsNew("orders.warehouse_id"));
        try (Session session = sessions.openSession()) {
          Transaction transaction = session.beginTransaction();
          code.setReference(loaded.get(0), "edited after verification");
          session.merge(loaded.get(0));
          transaction.commit();
        }
      }
      assertEquals("comment=" + row.comment() + " warehouse_id=" + row.warehouse(),
          orderColumns(id));
    });
  }

  /** The seeded orders with a comment (not empty) and a warehouse. */
  private static LongStream withCommentAndWarehouse(ShopState seeded) {
    return seeded.orders.entrySet().stream()
        .filter(order -> order.getValue().comment() != null
            && !order.getValue().comment().isEmpty() && order.getValue().warehouse() != null)
        .mapToLong(Map.Entry::getKey);
  }

  /** Runs {@code steps} on a fresh database of {@code database}'s kind, then drops it. */
  private void on(TestDatabase database, Steps steps) throws Exception {
    this.database = database;
    try (TestDatabase.Fresh created = database.fresh(temp)) {
      fresh = created;
      migrator = fresh.dataSource();
      try {
        steps.run();
      } finally {
        for (int i = open.size() - 1; i >= 0; i--) {
          open.get(i).close();
        }
      }
    }
  }

  private interface Steps {
    void run() throws Exception;
  }

  /** The order's comment and warehouse_id columns. */
  private String orderColumns(long id) throws SQLException {
    try (Connection connection = migrator.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT comment, warehouse_id FROM orders WHERE id = " + id)) {
      assertTrue(rs.next(), "order " + id + " exists");
      return "comment=" + rs.getString(1) + " warehouse_id=" + ShopState.nullableLong(rs, 2);
    }
  }

  private void rollOut() throws Exception {
    Release release1 = compile(1);
    accordion().build().migrate();
    assertMatchesHibernate(release1);
    ShopState expected = seed(release1);
    Map<String, Long> seeded = new TreeMap<>(expected.counts());
    seeded.remove("coupon");
    assertEquals(seeded, counts(seeded.keySet()), "the seed, counted by the database");

    // Release 2's expands run while release 1 writes; release 2 writes from the first batch
    // of its last expand on, when all its columns exist. Each backfill waits after its first
    // batch until the writers have written meanwhile.
    Release release2 = compile(2);
    assertEquals(List.of(
            "V20260101120000_1__baseline.sql",
            "V20260102120000_1__create_coupon_and_2_more.sql",
            "V20260102120000_2__expand_customer_tier.sql",
            "V20260102120000_3__expand_orders_comment.sql",
            "V20260102120000_4__expand_orders_warehouse_id.sql"),
        migrationFiles());
    ShopWriter old = writer(new ShopRelease1(release1), expected, 0, 11);
    ShopWriter current = writer(new ShopRelease2(release2), expected, 1, 21);
    old.start();
    Map<String, Integer> writesDuringBackfills = new TreeMap<>();
    StatusReport expanded = accordion()
        .afterBatch(progress -> {
          if (progress.batch() != 1) {
            return;
          }
          ShopWriter[] writing = {old};
          if (progress.transition().equals("orders.warehouse_id")) {
            current.start();
            writing = new ShopWriter[] {old, current};
          }
          int before = old.writes() + current.writes();
          writesUntil(before + 5, writing);
          writesDuringBackfills.put(progress.transition(),
              old.writes() + current.writes() - before);
        })
        .build()
        .migrate();
    assertTrue(writesDuringBackfills.keySet().containsAll(TRANSITIONS)
        && writesDuringBackfills.values().stream().allMatch(writes -> writes >= 5),
        "the writers wrote during each backfill: " + writesDuringBackfills);
    writesUntil(200, old, current);
    assertTrue(old.stop() + current.stop() >= 200, "releases 1 and 2 kept writing");
    assertEquals(4, expanded.appliedByThisCall().size(), expanded.render());
    for (String transition : TRANSITIONS) {
      assertTrue(Transitions.readsNew(transition), transition + " verified: " + expanded.render());
    }
    assertTrue(expected.coupons.size() > 0, "release 2 gave orders coupons");
    assertTrue(expected.customers.values().stream().anyMatch(c -> Set.of("SILVER", "GOLD")
        .contains(c.tier())), "release 2 gave tiers release 1 has no word for");

    assertMatchesHibernate(release2);
    // An instance of release 1 restarting now still boots against the expanded schema.
    validates(release1);
    assertDatabaseHolds(expected);
    assertOldColumnsAgreeWithNew();
    assertReadsAsLastWritten(new ShopRelease2(release2), expected, UnaryOperator.identity());
    assertReadsAsLastWritten(new ShopRelease1(release1), expected, ShopRelease1::tierAsRead);

    // Release 3 boots with its contracts deferred while release 2 still runs; once release 2
    // is retired, complete runs them while release 3 writes.
    Release release3 = compile(3);
    ShopWriter retiring = writer(new ShopRelease2(release2), expected, 1, 22);
    ShopWriter newest = writer(new ShopRelease2(release3), expected, 0, 31).neverClearing();
    retiring.start();
    newest.start();
    StatusReport deferred = accordion().contractsAtBoot(false).build().migrate();
    assertEquals(3, deferred.pending().size(), deferred.render());
    writesUntil(200, retiring, newest);
    int retired = retiring.stop();
    assertTrue(retired > 0 && retired + newest.writes() >= 200,
        "releases 2 and 3 wrote side by side");
    StatusReport completed = accordion().build().complete();
    assertEquals(3, completed.appliedByThisCall().size(), completed.render());
    assertTrue(newest.stop() > 0, "release 3 wrote through the contracts");
    // Once contracted, release 3 clears comments and warehouses too.
    ShopWriter contracted = writer(new ShopRelease2(release3), expected, 1, 32);
    contracted.start();
    writesUntil(100, contracted);
    assertTrue(contracted.stop() >= 100, "release 3 kept writing");

    assertMatchesHibernate(release3);
    assertEquals(List.of("city", "id", "name", "postal_code", "street", "tier", "version"),
        columns("customer"));
    assertEquals(List.of("comment", "coupon_id", "customer_id", "id", "reference", "version",
        "warehouse_id"), columns("orders"));
    assertDatabaseHolds(expected);
    assertReadsAsLastWritten(new ShopRelease2(release3), expected, UnaryOperator.identity());
  }

  /**
   * Release 1's rows, written by its code in one transaction: warehouses, categories, customers
   * (two in three with a profile), products in categories with tags, orders with lines. Keys
   * come from the sequences as each entity is persisted.
   */
  private ShopState seed(Release release) throws Exception {
    ShopRelease1 code = new ShopRelease1(release);
    ShopState seeded = new ShopState();
    Random random = new Random(7);
    try (SessionFactory sessions = release.sessionFactory(migrator, database.hibernateDialect(),
            "none");
        Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      List<Object> warehouses = new ArrayList<>();
      for (int i = 1; i <= 100; i++) {
        String name = "Lager " + i + " Śląsk";
        Object warehouse = persist(session, code.newWarehouse(name));
        warehouses.add(warehouse);
        seeded.warehouses.put(code.id(warehouse), name);
      }
      List<Object> categories = new ArrayList<>();
      for (int i = 1; i <= 120; i++) {
        String name = "Catégorie " + i;
        Object category = persist(session, code.newCategory(name));
        categories.add(category);
        seeded.categories.put(code.id(category), name);
      }
      List<Object> customers = new ArrayList<>();
      for (int i = 1; i <= 600; i++) {
        String name = ShopSamples.name(random);
        String tier = i % 5 == 0 ? "VIP" : "STANDARD";
        String street = ShopSamples.street(random);
        String city = ShopSamples.city(random);
        String postalCode = ShopSamples.postalCode(random);
        Object customer = persist(session,
            code.newCustomer(name, tier, street, city, postalCode));
        customers.add(customer);
        seeded.customers.put(code.id(customer),
            new CustomerRow(name, tier, street, city, postalCode));
        if (i % 3 != 0) {
          String bio = ShopSamples.comment(random);
          boolean newsletter = random.nextBoolean();
          Object profile = persist(session, code.newProfile(customer, bio, newsletter));
          seeded.profiles.put(code.id(profile),
              new ProfileRow(code.id(customer), bio, newsletter));
        }
      }
      List<Object> products = new ArrayList<>();
      for (int i = 1; i <= 400; i++) {
        String name = "Produkt " + i + " ✓";
        BigDecimal price = ShopSamples.price(random);
        Object product = code.newProduct(name, price);
        for (int c = random.nextInt(4); c > 0; c--) {
          code.categories(product).add(ShopSamples.pick(categories, random));
        }
        for (int t = random.nextInt(4); t > 0; t--) {
          code.tags(product).add(ShopSamples.tag(random));
        }
        products.add(persist(session, product));
        seeded.products.put(code.id(product), new ProductRow(name, ProductRow.price(price),
            Set.copyOf(code.ids(code.categories(product))), code.tags(product)));
      }
      for (int i = 1; i <= 1_000; i++) {
        Object customer = ShopSamples.pick(customers, random);
        String comment = ShopSamples.comment(random);
        Object warehouse = ShopSamples.pick(warehouses, random, 4);
        Object order = code.newOrder(customer, "SO-" + i);
        code.setComment(order, comment);
        code.setWarehouse(order, warehouse);
        persist(session, order);
        seeded.orders.put(code.id(order), new OrderRow("SO-" + i, code.id(customer), comment,
            code.id(warehouse), null));
        for (int l = random.nextInt(4); l > 0; l--) {
          Object product = ShopSamples.pick(products, random, 8);
          int quantity = 1 + random.nextInt(9);
          Object line = persist(session, code.newLine(order, product, quantity));
          seeded.lines.put(code.id(line),
              new LineRow(code.id(order), code.id(product), quantity));
        }
      }
      transaction.commit();
    }
    return seeded;
  }

  private static Object persist(Session session, Object entity) {
    session.persist(entity);
    return entity;
  }

  private Release compile(int number) throws Exception {
    return Release.compile("spring-app-r" + number, SOURCES.resolve("r" + number),
        temp.resolve("migrations"), "2026010" + number + "120000", temp.resolve("build"),
        List.of("-Aaccordion.naming=spring"), SPRING_BOOT_NAMING);
  }

  private Accordion.Builder accordion() {
    return Accordion.builder()
        .dataSource(migrator)
        .directory(temp.resolve("migrations"))
        .batchSizeOverride(50)
        .backfillPause(Duration.ofMillis(10));
  }

  private List<String> migrationFiles() throws Exception {
    try (Stream<Path> files =
        Files.list(temp.resolve("migrations").resolve(database.folder()))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * An instance of {@code code}'s release writing the rows of parity {@code parity}: Hibernate
   * over a HikariCP pool of its own, as Spring Boot runs it.
   */
  private ShopWriter writer(ShopRelease code, ShopState expected, int parity, long seed) {
    SessionFactory sessions = code.release().sessionFactory(pool(), database.hibernateDialect(),
        "none");
    open.add(sessions);
    return new ShopWriter(code, sessions, expected, parity, seed);
  }

  /**
   * A pool of an instance's connections; on PostgreSQL with pgjdbc's
   * {@code autosave=conservative}, which the README asks of every instance during a rollout. On
   * SQLite, Hibernate draws keys through a connection of its own, so transactions begin
   * deferred, as the migrator's do (ShopWriter says why).
   */
  private DataSource pool() {
    String url = database == TestDatabase.POSTGRESQL
        ? fresh.url() + (fresh.url().contains("?") ? "&" : "?") + "autosave=conservative"
        : fresh.url();
    TestDatabase.Fresh instance = new TestDatabase.Fresh(database, url, () -> {});
    HikariConfig config = new HikariConfig();
    config.setDataSource(database == TestDatabase.SQLITE
        ? instance.dataSource() : instance.writerDataSource());
    config.setMaximumPoolSize(3);
    HikariDataSource pool = new HikariDataSource(config);
    open.add(pool);
    return pool;
  }

  /**
   * Lets {@code writers} write until they have made {@code writes} writes between them and each
   * has made one, one of them failed, or a minute passed.
   */
  private static void writesUntil(int writes, ShopWriter... writers) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline
        && Stream.of(writers).noneMatch(WriterThread::failed)
        && (Stream.of(writers).mapToInt(WriterThread::writes).sum() < writes
            || Stream.of(writers).anyMatch(w -> w.writes() == 0))) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private void assertMatchesHibernate(Release release) throws SQLException {
    HibernateSchema.assertMatches(release, database, migrator, temp, hibernateScratchTables());
  }

  /**
   * On SQLite, the HTE_ tables the instances' Hibernate created for itself in the database
   * (scratch tables for HQL inserts into tables whose keys come from a generator), which the
   * comparison leaves out of Hibernate's side too; none elsewhere.
   */
  private Set<String> hibernateScratchTables() throws SQLException {
    Set<String> tables = new TreeSet<>();
    if (database == TestDatabase.SQLITE) {
      try (Connection connection = migrator.getConnection();
          ResultSet rs = connection.getMetaData().getTables(null, null, "HTE_%", null)) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
    }
    return tables;
  }

  /** Hibernate's validate passes for {@code release}, where Hibernate validates this database. */
  private void validates(Release release) {
    if (HibernateDifferences.hibernateValidates(database)) {
      release.sessionFactory(migrator, database.hibernateDialect(), "validate").close();
    }
  }

  /** Every table holds exactly the expected rows, links included, counted and compared. */
  private void assertDatabaseHolds(ShopState expected) throws SQLException {
    Map<String, Long> counts = expected.counts();
    assertEquals(counts, counts(counts.keySet()), "rows per table on " + database);
    ShopState actual;
    try (Connection connection = migrator.getConnection()) {
      actual = ShopState.read(connection);
    }
    Map<String, Map<Long, String>> actualTables = actual.tables();
    expected.tables().forEach((table, rows) ->
        Reshaping.assertSameRows(table + " on " + database, rows, actualTables.get(table)));
  }

  private Map<String, Long> counts(Set<String> tables) throws SQLException {
    try (Connection connection = migrator.getConnection()) {
      return ShopState.counts(connection, tables);
    }
  }

  /**
   * While both sides are mapped, every row's old and new columns say the same: vip is true for
   * a VIP and false for any other tier, note is the comment, ship_from_id the warehouse_id.
   */
  private void assertOldColumnsAgreeWithNew() throws SQLException {
    List<String> disagreeing = new ArrayList<>();
    try (Connection connection = migrator.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("SELECT id, vip, tier FROM customer")) {
        while (rs.next()) {
          boolean vip = rs.getBoolean(2);
          Boolean stored = rs.wasNull() ? null : vip;
          String tier = rs.getString(3);
          if (tier == null || stored == null || stored != tier.equals("VIP")) {
            disagreeing.add("customer " + rs.getLong(1) + ": vip=" + stored + " tier=" + tier);
          }
        }
      }
      try (ResultSet rs = statement.executeQuery(
          "SELECT id, note, comment, ship_from_id, warehouse_id FROM orders")) {
        while (rs.next()) {
          String note = rs.getString(2);
          String comment = rs.getString(3);
          Long shipFrom = ShopState.nullableLong(rs, 4);
          Long warehouse = ShopState.nullableLong(rs, 5);
          if (!Objects.equals(note, comment) || !Objects.equals(shipFrom, warehouse)) {
            disagreeing.add("order " + rs.getLong(1) + ": note=" + note + " comment=" + comment
                + " ship_from_id=" + shipFrom + " warehouse_id=" + warehouse);
          }
        }
      }
    }
    assertEquals(List.of(), disagreeing.subList(0, Math.min(20, disagreeing.size())),
        disagreeing.size() + " rows on " + database + " whose old and new columns differ");
  }

  /**
   * Every customer's tier and every order's comment, warehouse and (from release 2 on) coupon,
   * read through {@code code}'s getters, are what was last written by any release, as that
   * release reads it ({@code tierAsRead}).
   */
  private void assertReadsAsLastWritten(ShopRelease code, ShopState expected,
      UnaryOperator<String> tierAsRead) {
    Map<Long, String> expectedTiers = new TreeMap<>();
    expected.customers.forEach((id, row) -> expectedTiers.put(id, tierAsRead.apply(row.tier())));
    Map<Long, String> expectedOrders = new TreeMap<>();
    expected.orders.forEach((id, row) -> expectedOrders.put(id, reshaped(code, row.comment(),
        row.warehouse(), row.coupon())));
    Map<Long, String> tiers = new TreeMap<>();
    Map<Long, String> orders = new TreeMap<>();
    try (SessionFactory sessions = code.release().sessionFactory(migrator,
            database.hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      for (Object customer : all(session, code.type("Customer"))) {
        tiers.put(code.id(customer), code.tier(customer));
      }
      for (Object order : all(session, code.type("Order"))) {
        orders.put(code.id(order), reshaped(code, code.comment(order), code.warehouseId(order),
            code instanceof ShopRelease2 current ? current.couponId(order) : null));
      }
    }
    String release = code.release().name() + " on " + database;
    Reshaping.assertSameRows("tiers read by " + release, expectedTiers, tiers);
    Reshaping.assertSameRows("orders read by " + release, expectedOrders, orders);
  }

  /** An order's reshaped fields; its coupon only where the release has coupons. */
  private static String reshaped(ShopRelease code, String comment, Long warehouse, Long coupon) {
    return "comment=" + comment + " warehouse=" + warehouse
        + (code instanceof ShopRelease2 ? " coupon=" + coupon : "");
  }

  private static <T> List<T> all(Session session, Class<T> type) {
    CriteriaQuery<T> query = session.getCriteriaBuilder().createQuery(type);
    query.select(query.from(type));
    return session.createQuery(query).getResultList();
  }

  /** The columns of {@code table}, sorted. */
  private List<String> columns(String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = migrator.getConnection();
        ResultSet columns = connection.getMetaData()
            .getColumns(connection.getCatalog(), null, table, null)) {
      while (columns.next()) {
        names.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names.stream().sorted().toList();
  }
}

