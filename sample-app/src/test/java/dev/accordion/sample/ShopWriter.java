package dev.accordion.sample;

import dev.accordion.sample.ShopState.CustomerRow;
import dev.accordion.sample.ShopState.LineRow;
import dev.accordion.sample.ShopState.OrderRow;
import dev.accordion.sample.ShopState.ProductRow;
import dev.accordion.sample.ShopState.ProfileRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.sqlite.SQLiteException;

/**
 * An instance of one release of the shop serving requests while migrations run: it places
 * orders with lines, signs up customers with profiles, changes the fields the releases reshape
 * (a customer's tier, an order's comment and warehouse, from release 2 on its coupon), moves
 * products between categories, changes tags and order lines, and saves customers and orders
 * loaded a moment before (as a web form does). It changes only the rows it owns, those of its
 * parity and those it inserted, and links them to any row; after each commit it records what
 * it wrote in the expected {@link ShopState}.
 */
final class ShopWriter extends WriterThread {

  private final ShopRelease code;
  /** Release 2's or 3's code, which has coupons; null in release 1. */
  private final ShopRelease2 current;
  private final SessionFactory sessions;
  private final ShopState expected;
  private final List<Long> customers;
  private final List<Long> orders;
  private final List<Long> products;
  private final List<Long> lines;
  private final List<Long> anyCustomer;
  private final List<Long> anyProduct;
  private final List<Long> warehouses;
  private final List<Long> categories;
  private final List<Long> coupons;
  private final Random random;
  private int inserted;
  private boolean clearsReshapedFields = true;

  ShopWriter(ShopRelease code, SessionFactory sessions, ShopState expected, int parity,
      long seed) {
    super(code.release().name() + "-shop-writer");
    this.code = code;
    this.current = code instanceof ShopRelease2 release2 ? release2 : null;
    this.sessions = sessions;
    this.expected = expected;
    this.customers = owned(expected.customers, parity);
    this.orders = owned(expected.orders, parity);
    this.products = owned(expected.products, parity);
    this.lines = owned(expected.lines, parity);
    this.anyCustomer = new ArrayList<>(expected.customers.keySet());
    this.anyProduct = new ArrayList<>(expected.products.keySet());
    this.warehouses = List.copyOf(expected.warehouses.keySet());
    this.categories = List.copyOf(expected.categories.keySet());
    this.coupons = new ArrayList<>(expected.coupons.keySet());
    this.random = new Random(seed);
  }

  /**
   * Its updates give an order a comment and a warehouse, never none: for a release-3 instance
   * before {@code complete}, whose clearing the expands' triggers undo (docs/limits.md;
   * SpringStyleApplicationTest#aFieldReleaseThreeClearsBeforeCompleteStaysCleared).
   */
  ShopWriter neverClearing() {
    clearsReshapedFields = false;
    return this;
  }

  private static List<Long> owned(Map<Long, ?> rows, int parity) {
    return new ArrayList<>(rows.keySet().stream().filter(id -> id % 2 == parity).sorted().toList());
  }

  /**
   * On SQLite, Hibernate draws the keys of a plain {@code @GeneratedValue} from a one-row table
   * through a connection of its own, committed apart from the write. The writers' transactions
   * therefore begin deferred (one that took the write lock at its start would wait for that
   * connection, which waits for it), and SQLite refuses the write of one that read before
   * another connection committed (SQLITE_BUSY_SNAPSHOT): it wrote nothing, and the application
   * tries it again.
   */
  @Override
  void writeOnce() throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        writeOneRequest();
        return;
      } catch (RuntimeException e) {
        if (attempt == 100 || !refusedBySqlite(e)) {
          throw e;
        }
        Thread.sleep(1 + random.nextInt(5));
      }
    }
  }

  private static boolean refusedBySqlite(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException sqlite
          && sqlite.getResultCode().name().startsWith("SQLITE_BUSY")) {
        return true;
      }
    }
    return false;
  }

  private void writeOneRequest() throws Exception {
    // The first writes insert, so even a short rollout has rows inserted by every release.
    int kind = inserted < 2 ? inserted : random.nextInt(10);
    switch (kind) {
      case 0 -> insertOrder();
      case 1 -> insertCustomer();
      case 2, 3 -> updateOrder();
      case 4 -> updateTier();
      case 5 -> renameCustomerLoadedBefore();
      case 6 -> editOrderLoadedBefore();
      case 7 -> recategorizeProduct();
      default -> updateLine();
    }
  }

  private void insertOrder() throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      long customer = ShopSamples.pick(anyCustomer, random);
      String reference = code.release().name() + "-" + random.nextInt(1_000_000);
      Object order = code.newOrder(session.find(code.type("Customer"), customer), reference);
      String comment = ShopSamples.comment(random);
      code.setComment(order, comment);
      Long warehouse = ShopSamples.pick(warehouses, random, 4);
      code.setWarehouse(order, find(session, "Warehouse", warehouse));
      Object coupon = current == null ? null : useCoupon(session, order);
      session.persist(order);
      Map<Object, LineRow> newLines = new LinkedHashMap<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        Long product = ShopSamples.pick(anyProduct, random, 8);
        int quantity = 1 + random.nextInt(9);
        Object line = code.newLine(order, find(session, "Product", product), quantity);
        session.persist(line);
        newLines.put(line, new LineRow(0, product, quantity));
      }
      transaction.commit();
      long id = code.id(order);
      orders.add(id);
      expected.orders.put(id, new OrderRow(reference, customer, comment, warehouse,
          recorded(coupon)));
      newLines.forEach((line, row) -> {
        long lineId = code.id(line);
        lines.add(lineId);
        expected.lines.put(lineId, new LineRow(id, row.product(), row.quantity()));
      });
      inserted++;
    }
  }

  private void insertCustomer() throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      String name = ShopSamples.name(random);
      String tier = ShopSamples.pick(code.tiers(), random);
      String street = ShopSamples.street(random);
      String city = ShopSamples.city(random);
      String postalCode = ShopSamples.postalCode(random);
      Object customer = code.newCustomer(name, tier, street, city, postalCode);
      session.persist(customer);
      Object profile = null;
      String bio = ShopSamples.comment(random);
      boolean newsletter = random.nextBoolean();
      if (random.nextInt(3) > 0) {
        profile = code.newProfile(customer, bio, newsletter);
        session.persist(profile);
      }
      transaction.commit();
      long id = code.id(customer);
      customers.add(id);
      anyCustomer.add(id);
      expected.customers.put(id, new CustomerRow(name, tier, street, city, postalCode));
      if (profile != null) {
        expected.profiles.put(code.id(profile), new ProfileRow(id, bio, newsletter));
      }
      inserted++;
    }
  }

  /** A new comment and warehouse for one of its orders, in release 2 a coupon too. */
  private void updateOrder() throws Exception {
    long id = ShopSamples.pick(orders, random);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object order = session.find(code.type("Order"), id);
      String comment = clearsReshapedFields ? ShopSamples.comment(random)
          : Objects.requireNonNullElse(ShopSamples.comment(random), "not cleared");
      code.setComment(order, comment);
      Long warehouse = clearsReshapedFields ? ShopSamples.pick(warehouses, random, 4)
          : ShopSamples.pick(warehouses, random);
      code.setWarehouse(order, find(session, "Warehouse", warehouse));
      Object coupon = current == null ? null : useCoupon(session, order);
      transaction.commit();
      OrderRow row = expected.orders.get(id);
      expected.orders.put(id, row.withReshaped(comment, warehouse,
          current == null ? row.coupon() : recorded(coupon)));
    }
  }

  /** Release 2's code lets the order use an existing coupon, a new one or none; returns it. */
  private Object useCoupon(Session session, Object order) {
    // Until it knows a coupon, it makes one, so every rollout has orders with coupons.
    Object coupon = switch (coupons.isEmpty() ? 2 : random.nextInt(3)) {
      case 0 -> null;
      case 1 -> coupons.isEmpty() ? null : session.find(code.type("Coupon"),
          ShopSamples.pick(coupons, random));
      default -> {
        Object created = current.newCoupon(
            code.release().name() + "-" + Long.toHexString(random.nextLong()),
            5 + random.nextInt(30));
        session.persist(created);
        yield created;
      }
    };
    current.setCoupon(order, coupon);
    return coupon;
  }

  /** The coupon's id, once committed; a coupon new to the shop is recorded. */
  private Long recorded(Object coupon) {
    Long id = code.id(coupon);
    if (id != null && expected.coupons.putIfAbsent(id, current.code(coupon)) == null) {
      coupons.add(id);
    }
    return id;
  }

  private void updateTier() throws Exception {
    long id = ShopSamples.pick(customers, random);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      String tier = ShopSamples.pick(code.tiers(), random);
      code.setTier(session.find(code.type("Customer"), id), tier);
      transaction.commit();
      expected.customers.put(id, expected.customers.get(id).withTier(tier));
    }
  }

  /**
   * Loads a customer, lets time pass (a backfill may fill its tier meanwhile), and saves it back
   * with only its name changed: Hibernate writes every column as loaded, a tier loaded NULL
   * included. The tier must not change.
   */
  private void renameCustomerLoadedBefore() throws Exception {
    long id = ShopSamples.pick(customers, random);
    Object customer;
    try (Session session = sessions.openSession()) {
      customer = session.find(code.type("Customer"), id);
    }
    Thread.sleep(3);
    String name = ShopSamples.name(random);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      code.setName(customer, name);
      session.merge(customer);
      transaction.commit();
    }
    expected.customers.put(id, expected.customers.get(id).withName(name));
  }

  /** The same with an order: its reference changes, its comment and warehouse must not. */
  private void editOrderLoadedBefore() throws Exception {
    long id = ShopSamples.pick(orders, random);
    Object order;
    try (Session session = sessions.openSession()) {
      order = session.find(code.type("Order"), id);
    }
    Thread.sleep(3);
    String reference = "edited by " + code.release().name() + " " + random.nextInt(1000);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      code.setReference(order, reference);
      session.merge(order);
      transaction.commit();
    }
    expected.orders.put(id, expected.orders.get(id).withReference(reference));
  }

  /** Puts one of its products into a category or takes it out of one; adds or drops a tag. */
  private void recategorizeProduct() throws Exception {
    long id = ShopSamples.pick(products, random);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object product = session.find(code.type("Product"), id);
      Set<Object> inCategories = code.categories(product);
      if (inCategories.isEmpty() || random.nextBoolean()) {
        inCategories.add(session.find(code.type("Category"),
            ShopSamples.pick(categories, random)));
      } else {
        inCategories.remove(ShopSamples.pick(List.copyOf(inCategories), random));
      }
      Set<String> tags = code.tags(product);
      String tag = ShopSamples.tag(random);
      if (!tags.remove(tag)) {
        tags.add(tag);
      }
      Set<Long> categoryIds = new TreeSet<>(code.ids(inCategories));
      Set<String> tagsNow = new TreeSet<>(tags);
      transaction.commit();
      ProductRow row = expected.products.get(id);
      expected.products.put(id, new ProductRow(row.name(), row.price(), categoryIds, tagsNow));
    }
  }

  /** One of its order lines gets another product (or none) and quantity. */
  private void updateLine() throws Exception {
    long id = ShopSamples.pick(lines, random);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object line = session.find(code.type("OrderLine"), id);
      Long product = ShopSamples.pick(anyProduct, random, 8);
      int quantity = 1 + random.nextInt(9);
      code.setProduct(line, find(session, "Product", product));
      code.setQuantity(line, quantity);
      transaction.commit();
      expected.lines.put(id, new LineRow(expected.lines.get(id).order(), product, quantity));
    }
  }

  private Object find(Session session, String entity, Long id) {
    return id == null ? null : session.find(code.type(entity), id);
  }
}
