package dev.accordion.sample;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Any release of the Spring-style shop under {@code src/test/resources/spring-app}: what every
 * release's code does alike (customers with an address and a profile, warehouses, the
 * catalogue, orders and their lines), and, in the words of releases 2 and 3, the fields the
 * releases reshape: a customer's tier, an order's comment and the warehouse it ships from.
 * {@link ShopRelease1} says how release 1's code writes and reads those (vip, note, shipFrom);
 * {@link ShopRelease2} adds coupons.
 */
abstract class ShopRelease extends ReleaseFacade {

  private final Method getId = method("BaseEntity", "getId");
  private final Method setName = method("Customer", "setName", String.class);
  private final Method setAddress = method("Customer", "setAddress", type("Address"));
  private final Constructor<?> address = constructor("Address", String.class, String.class,
      String.class);
  private final Method setProfileCustomer = method("CustomerProfile", "setCustomer",
      type("Customer"));
  private final Method setBio = method("CustomerProfile", "setBio", String.class);
  private final Method setNewsletter = method("CustomerProfile", "setNewsletter", boolean.class);
  private final Method setWarehouseName = method("Warehouse", "setName", String.class);
  private final Method setCategoryName = method("Category", "setName", String.class);
  private final Method setProductName = method("Product", "setName", String.class);
  private final Method setPrice = method("Product", "setPrice", BigDecimal.class);
  private final Method getCategories = method("Product", "getCategories");
  private final Method getTags = method("Product", "getTags");
  private final Method setReference = method("Order", "setReference", String.class);
  private final Method setCustomer = method("Order", "setCustomer", type("Customer"));
  private final Method setOrder = method("OrderLine", "setOrder", type("Order"));
  private final Method setProduct = method("OrderLine", "setProduct", type("Product"));
  private final Method setQuantity = method("OrderLine", "setQuantity", int.class);

  ShopRelease(Release release) {
    super(release);
  }

  /** The tiers this release's code can give a customer. */
  abstract List<String> tiers();

  abstract void setTier(Object customer, String tier);

  abstract String tier(Object customer);

  abstract void setComment(Object order, String comment);

  abstract String comment(Object order);

  /** Ships the order from {@code warehouse}, or from nowhere yet when it is null. */
  abstract void setWarehouse(Object order, Object warehouse);

  /** The id of the warehouse the order ships from; null for none. */
  abstract Long warehouseId(Object order);

  /** The key the database gave any of the shop's entities; null before it is saved. */
  final Long id(Object entity) {
    return entity == null ? null : (Long) call(getId, entity);
  }

  /** A new customer; the address is left out when all its parts are null. */
  final Object newCustomer(String name, String tier, String street, String city,
      String postalCode) {
    Object customer = create("Customer");
    setName(customer, name);
    setTier(customer, tier);
    if (street != null || city != null || postalCode != null) {
      call(setAddress, customer, construct(address, street, city, postalCode));
    }
    return customer;
  }

  final void setName(Object customer, String name) {
    call(setName, customer, name);
  }

  final Object newProfile(Object customer, String bio, boolean newsletter) {
    Object profile = create("CustomerProfile");
    call(setProfileCustomer, profile, customer);
    call(setBio, profile, bio);
    call(setNewsletter, profile, newsletter);
    return profile;
  }

  final Object newWarehouse(String name) {
    Object warehouse = create("Warehouse");
    call(setWarehouseName, warehouse, name);
    return warehouse;
  }

  final Object newCategory(String name) {
    Object category = create("Category");
    call(setCategoryName, category, name);
    return category;
  }

  final Object newProduct(String name, BigDecimal price) {
    Object product = create("Product");
    call(setProductName, product, name);
    call(setPrice, product, price);
    return product;
  }

  /** The product's categories, as its code changes them: adding to it or removing from it. */
  @SuppressWarnings("unchecked")
  final Set<Object> categories(Object product) {
    return (Set<Object>) call(getCategories, product);
  }

  /** The product's tags, as its code changes them. */
  @SuppressWarnings("unchecked")
  final Set<String> tags(Object product) {
    return (Set<String>) call(getTags, product);
  }

  final Object newOrder(Object customer, String reference) {
    Object order = create("Order");
    call(setCustomer, order, customer);
    setReference(order, reference);
    return order;
  }

  final void setReference(Object order, String reference) {
    call(setReference, order, reference);
  }

  final Object newLine(Object order, Object product, int quantity) {
    Object line = create("OrderLine");
    call(setOrder, line, order);
    setProduct(line, product);
    setQuantity(line, quantity);
    return line;
  }

  final void setProduct(Object line, Object product) {
    call(setProduct, line, product);
  }

  final void setQuantity(Object line, int quantity) {
    call(setQuantity, line, quantity);
  }

  /** The ids of {@code entities}, sorted. */
  final List<Long> ids(Collection<?> entities) {
    return entities.stream().map(this::id).sorted().toList();
  }

  private Constructor<?> constructor(String simpleName, Class<?>... parameters) {
    try {
      return type(simpleName).getConstructor(parameters);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(release().name() + "'s " + simpleName
          + " has no such constructor", e);
    }
  }

  private static Object construct(Constructor<?> constructor, Object... arguments) {
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
