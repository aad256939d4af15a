package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Release 1 of the shop: a customer is a VIP or not, an order has a note and ships from a
 * warehouse (shipFrom). In the words of the later releases, its code gives a customer the tier
 * VIP or STANDARD, which is what release 2's value map makes of true and false.
 */
final class ShopRelease1 extends ShopRelease {

  private final Method setVip = method("Customer", "setVip", boolean.class);
  private final Method isVip = method("Customer", "isVip");
  private final Method setNote = method("Order", "setNote", String.class);
  private final Method getNote = method("Order", "getNote");
  private final Method setShipFrom = method("Order", "setShipFrom", type("Warehouse"));
  private final Method getShipFrom = method("Order", "getShipFrom");

  ShopRelease1(Release release) {
    super(release);
  }

  /** What release 1 reads of a customer with {@code tier}. */
  static String tierAsRead(String tier) {
    return "VIP".equals(tier) ? "VIP" : "STANDARD";
  }

  @Override
  List<String> tiers() {
    return List.of("STANDARD", "VIP");
  }

  @Override
  void setTier(Object customer, String tier) {
    if (!tiers().contains(tier)) {
      throw new IllegalArgumentException("release 1 has no tier " + tier);
    }
    call(setVip, customer, tier.equals("VIP"));
  }

  @Override
  String tier(Object customer) {
    return (Boolean) call(isVip, customer) ? "VIP" : "STANDARD";
  }

  @Override
  void setComment(Object order, String comment) {
    call(setNote, order, comment);
  }

  @Override
  String comment(Object order) {
    return (String) call(getNote, order);
  }

  @Override
  void setWarehouse(Object order, Object warehouse) {
    call(setShipFrom, order, warehouse);
  }

  @Override
  Long warehouseId(Object order) {
    return id(call(getShipFrom, order));
  }
}
