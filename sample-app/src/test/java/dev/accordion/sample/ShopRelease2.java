package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Release 2 of the shop, which release 3 keeps: a customer has a tier (Tier: STANDARD, SILVER,
 * GOLD, VIP), an order a comment and a warehouse (column warehouse_id), and it may use a
 * coupon.
 */
final class ShopRelease2 extends ShopRelease {

  private final Map<String, Object> tiers = constants("Tier");
  private final Method setTier = method("Customer", "setTier", type("Tier"));
  private final Method getTier = method("Customer", "getTier");
  private final Method setComment = method("Order", "setComment", String.class);
  private final Method getComment = method("Order", "getComment");
  private final Method setWarehouse = method("Order", "setWarehouse", type("Warehouse"));
  private final Method getWarehouse = method("Order", "getWarehouse");
  private final Method setCoupon = method("Order", "setCoupon", type("Coupon"));
  private final Method getCoupon = method("Order", "getCoupon");
  private final Method setCode = method("Coupon", "setCode", String.class);
  private final Method getCode = method("Coupon", "getCode");
  private final Method setPercentOff = method("Coupon", "setPercentOff", int.class);

  ShopRelease2(Release release) {
    super(release);
  }

  @Override
  List<String> tiers() {
    return List.copyOf(tiers.keySet());
  }

  @Override
  void setTier(Object customer, String tier) {
    call(setTier, customer, constant(tiers, tier));
  }

  @Override
  String tier(Object customer) {
    return name(call(getTier, customer));
  }

  @Override
  void setComment(Object order, String comment) {
    call(setComment, order, comment);
  }

  @Override
  String comment(Object order) {
    return (String) call(getComment, order);
  }

  @Override
  void setWarehouse(Object order, Object warehouse) {
    call(setWarehouse, order, warehouse);
  }

  @Override
  Long warehouseId(Object order) {
    return id(call(getWarehouse, order));
  }

  Object newCoupon(String code, int percentOff) {
    Object coupon = create("Coupon");
    call(setCode, coupon, code);
    call(setPercentOff, coupon, percentOff);
    return coupon;
  }

  String code(Object coupon) {
    return (String) call(getCode, coupon);
  }

  /** Lets the order use {@code coupon}, or none when it is null. */
  void setCoupon(Object order, Object coupon) {
    call(setCoupon, order, coupon);
  }

  /** The id of the order's coupon; null for none. */
  Long couponId(Object order) {
    return id(call(getCoupon, order));
  }
}
