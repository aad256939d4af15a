package dev.accordion.lifecycle;

import dev.accordion.Transitions;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Person} while its expand-and-contract transitions are in flight.
 * <p>Route the entity's getters and setters of these fields through here until the contract release.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class PersonAccessors {
  private static final SplitLocation CITY_CONVERTER = new SplitLocation();

  private static final JoinName FULL_NAME_CONVERTER = new JoinName();

  private PersonAccessors() {
  }

  /**
   * Reads {@code city}: from {@code location} until transition {@code Person.city} is verified.
   */
  public static String getCity(Person entity) {
    if (Transitions.readsNew("Person.city")) {
      return entity.city;
    }
    Place converted = upCity(entity);
    return converted == null ? null : converted.city();
  }

  /**
   * Reads {@code countryCode}: from {@code location} until transition {@code Person.city} is verified.
   */
  public static String getCountryCode(Person entity) {
    if (Transitions.readsNew("Person.city")) {
      return entity.countryCode;
    }
    Place converted = upCity(entity);
    return converted == null ? null : converted.countryCode();
  }

  /**
   * Writes {@code city} and, converted, {@code location}.
   */
  public static void setCity(Person entity, String value) {
    if (entity.city == null && entity.countryCode == null) {
      fillNewCity(entity);
    }
    entity.city = value;
    fillOldCity(entity);
  }

  /**
   * Writes {@code countryCode} and, converted, {@code location}.
   */
  public static void setCountryCode(Person entity, String value) {
    if (entity.city == null && entity.countryCode == null) {
      fillNewCity(entity);
    }
    entity.countryCode = value;
    fillOldCity(entity);
  }

  /**
   * Writes {@code location} and, converted, {@code city}, {@code countryCode}.
   */
  public static void setLocation(Person entity, String value) {
    entity.location = value;
    fillNewCity(entity);
  }

  private static Place upCity(Person entity) {
    if (entity.location == null) {
      return null;
    }
    return CITY_CONVERTER.up(entity.location);
  }

  private static String downCity(Person entity) {
    if (entity.city == null && entity.countryCode == null) {
      return null;
    }
    return CITY_CONVERTER.down(new Place(entity.city, entity.countryCode));
  }

  private static void fillNewCity(Person entity) {
    Place converted = upCity(entity);
    entity.city = converted == null ? null : converted.city();
    entity.countryCode = converted == null ? null : converted.countryCode();
  }

  private static void fillOldCity(Person entity) {
    String converted = downCity(entity);
    entity.location = converted;
  }

  /**
   * Reads {@code fullName}: from {@code firstName}, {@code lastName} until transition {@code Person.fullName} is verified.
   */
  public static String getFullName(Person entity) {
    if (Transitions.readsNew("Person.fullName")) {
      return entity.fullName;
    }
    String converted = upFullName(entity);
    return converted == null ? null : converted;
  }

  /**
   * Writes {@code fullName} and, converted, {@code firstName}, {@code lastName}.
   */
  public static void setFullName(Person entity, String value) {
    entity.fullName = value;
    fillOldFullName(entity);
  }

  /**
   * Writes {@code firstName} and, converted, {@code fullName}.
   */
  public static void setFirstName(Person entity, String value) {
    if (entity.firstName == null && entity.lastName == null) {
      fillOldFullName(entity);
    }
    entity.firstName = value;
    fillNewFullName(entity);
  }

  /**
   * Writes {@code lastName} and, converted, {@code fullName}.
   */
  public static void setLastName(Person entity, String value) {
    if (entity.firstName == null && entity.lastName == null) {
      fillOldFullName(entity);
    }
    entity.lastName = value;
    fillNewFullName(entity);
  }

  private static String upFullName(Person entity) {
    if (entity.firstName == null && entity.lastName == null) {
      return null;
    }
    return FULL_NAME_CONVERTER.up(new Name(entity.firstName, entity.lastName));
  }

  private static Name downFullName(Person entity) {
    if (entity.fullName == null) {
      return null;
    }
    return FULL_NAME_CONVERTER.down(entity.fullName);
  }

  private static void fillNewFullName(Person entity) {
    String converted = upFullName(entity);
    entity.fullName = converted;
  }

  private static void fillOldFullName(Person entity) {
    Name converted = downFullName(entity);
    entity.firstName = converted == null ? null : converted.firstName();
    entity.lastName = converted == null ? null : converted.lastName();
  }
}
