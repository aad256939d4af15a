package dev.accordion.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shop's rows, by table and key, in the words of releases 2 and 3 (a customer's tier, an
 * order's comment and warehouse): as the writers expect them, each recording what it committed,
 * or as the database holds them, read with plain SQL. Two states are compared table by table.
 */
final class ShopState {

  record CustomerRow(String name, String tier, String street, String city, String postalCode) {
    CustomerRow withName(String newName) {
      return new CustomerRow(newName, tier, street, city, postalCode);
    }

    CustomerRow withTier(String newTier) {
      return new CustomerRow(name, newTier, street, city, postalCode);
    }
  }

  record ProfileRow(long customer, String bio, boolean newsletter) {}

  record ProductRow(String name, String price, Set<Long> categories, Set<String> tags) {
    ProductRow {
      categories = Set.copyOf(categories);
      tags = Set.copyOf(tags);
    }

    /** The price as both ends render it: two decimals, whatever the database kept. */
    static String price(BigDecimal price) {
      return price == null ? null : price.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public String toString() {
      return "ProductRow[name=" + name + ", price=" + price + ", categories="
          + new TreeSet<>(categories) + ", tags=" + new TreeSet<>(tags) + "]";
    }
  }

  record OrderRow(String reference, long customer, String comment, Long warehouse, Long coupon) {
    OrderRow withReference(String newReference) {
      return new OrderRow(newReference, customer, comment, warehouse, coupon);
    }

    OrderRow withReshaped(String newComment, Long newWarehouse, Long newCoupon) {
      return new OrderRow(reference, customer, newComment, newWarehouse, newCoupon);
    }
  }

  record LineRow(long order, Long product, int quantity) {}

  final Map<Long, CustomerRow> customers = new ConcurrentHashMap<>();
  final Map<Long, ProfileRow> profiles = new ConcurrentHashMap<>();
  final Map<Long, String> warehouses = new ConcurrentHashMap<>();
  final Map<Long, String> categories = new ConcurrentHashMap<>();
  final Map<Long, ProductRow> products = new ConcurrentHashMap<>();
  final Map<Long, String> coupons = new ConcurrentHashMap<>();
  final Map<Long, OrderRow> orders = new ConcurrentHashMap<>();
  final Map<Long, LineRow> lines = new ConcurrentHashMap<>();

  /** Every table's rows rendered, by table name; the join and collection tables in their rows. */
  Map<String, Map<Long, String>> tables() {
    Map<String, Map<Long, String>> tables = new LinkedHashMap<>();
    tables.put("customer", rendered(customers));
    tables.put("customer_profile", rendered(profiles));
    tables.put("warehouse", rendered(warehouses));
    tables.put("category", rendered(categories));
    tables.put("product", rendered(products));
    tables.put("coupon", rendered(coupons));
    tables.put("orders", rendered(orders));
    tables.put("order_line", rendered(lines));
    return tables;
  }

  /** How many rows each table holds, the join and collection tables of products included. */
  Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    tables().forEach((table, rows) -> counts.put(table, (long) rows.size()));
    counts.put("product_categories",
        products.values().stream().mapToLong(p -> p.categories().size()).sum());
    counts.put("product_tags", products.values().stream().mapToLong(p -> p.tags().size()).sum());
    return counts;
  }

  /** The rows of a database at release 2 or 3, read with plain SQL. */
  static ShopState read(Connection connection) throws SQLException {
    ShopState state = new ShopState();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery(
          "SELECT id, name, tier, street, city, postal_code FROM customer")) {
        while (rs.next()) {
          state.customers.put(rs.getLong(1), new CustomerRow(rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6)));
        }
      }
      try (ResultSet rs = statement.executeQuery(
          "SELECT id, customer_id, bio, newsletter FROM customer_profile")) {
        while (rs.next()) {
          state.profiles.put(rs.getLong(1),
              new ProfileRow(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
        }
      }
      readNames(statement, "warehouse", state.warehouses);
      readNames(statement, "category", state.categories);
      try (ResultSet rs = statement.executeQuery("SELECT id, code FROM coupon")) {
        while (rs.next()) {
          state.coupons.put(rs.getLong(1), rs.getString(2));
        }
      }
      Map<Long, Set<Long>> categories = new TreeMap<>();
      try (ResultSet rs = statement.executeQuery(
          "SELECT products_id, categories_id FROM product_categories")) {
        while (rs.next()) {
          categories.computeIfAbsent(rs.getLong(1), p -> new TreeSet<>()).add(rs.getLong(2));
        }
      }
      Map<Long, Set<String>> tags = new TreeMap<>();
      try (ResultSet rs = statement.executeQuery("SELECT product_id, tags FROM product_tags")) {
        while (rs.next()) {
          tags.computeIfAbsent(rs.getLong(1), p -> new TreeSet<>()).add(rs.getString(2));
        }
      }
      try (ResultSet rs = statement.executeQuery("SELECT id, name, price FROM product")) {
        while (rs.next()) {
          long id = rs.getLong(1);
          state.products.put(id, new ProductRow(rs.getString(2),
              ProductRow.price(rs.getBigDecimal(3)), categories.getOrDefault(id, Set.of()),
              tags.getOrDefault(id, Set.of())));
        }
      }
      try (ResultSet rs = statement.executeQuery(
          "SELECT id, reference, customer_id, comment, warehouse_id, coupon_id FROM orders")) {
        while (rs.next()) {
          state.orders.put(rs.getLong(1), new OrderRow(rs.getString(2), rs.getLong(3),
              rs.getString(4), nullableLong(rs, 5), nullableLong(rs, 6)));
        }
      }
      try (ResultSet rs = statement.executeQuery(
          "SELECT id, order_id, product_id, quantity FROM order_line")) {
        while (rs.next()) {
          state.lines.put(rs.getLong(1),
              new LineRow(rs.getLong(2), nullableLong(rs, 3), rs.getInt(4)));
        }
      }
    }
    return state;
  }

  /** How many rows each of {@code tables} holds, counted by the database. */
  static Map<String, Long> counts(Connection connection, Set<String> tables) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  private static void readNames(Statement statement, String table, Map<Long, String> names)
      throws SQLException {
    try (ResultSet rs = statement.executeQuery("SELECT id, name FROM " + table)) {
      while (rs.next()) {
        names.put(rs.getLong(1), rs.getString(2));
      }
    }
  }

  static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Map<Long, String> rendered(Map<Long, ?> rows) {
    Map<Long, String> rendered = new TreeMap<>();
    rows.forEach((id, row) -> rendered.put(id, String.valueOf(row)));
    return rendered;
  }
}
