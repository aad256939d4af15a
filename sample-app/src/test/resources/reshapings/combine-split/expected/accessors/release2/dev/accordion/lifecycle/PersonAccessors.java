package dev.accordion.lifecycle;

import dev.accordion.Transitions;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Person} while its expand-and-contract transitions are in flight.
 * <p>Functions of the fields' values, so the fields may stay private: until the contract release, the entity's getter of each new field returns what its reader gives, and each setter assigns to the other side's fields what their conversions give.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class PersonAccessors {
  private static final SplitLocation CITY_CONVERTER = new SplitLocation();

  private static final JoinName FULL_NAME_CONVERTER = new JoinName();

  private PersonAccessors() {
  }

  /**
   * What {@code getCity} returns: {@code location}, converted, until transition {@code Person.city} is verified, then {@code city}.
   */
  public static String city(String city, String location) {
    return Transitions.readsNew("Person.city") ? city : cityFromLocation(location);
  }

  /**
   * What {@code getCountryCode} returns: {@code location}, converted, until transition {@code Person.city} is verified, then {@code countryCode}.
   */
  public static String countryCode(String countryCode, String location) {
    return Transitions.readsNew("Person.city") ? countryCode : countryCodeFromLocation(location);
  }

  /**
   * What {@code setCity} and {@code setCountryCode} assign to {@code location}.
   */
  public static String locationFromCityAndCountryCode(String city, String countryCode) {
    return downCity(city, countryCode);
  }

  /**
   * What {@code setLocation} assigns to {@code city}.
   */
  public static String cityFromLocation(String location) {
    Place converted = upCity(location);
    return converted == null ? null : converted.city();
  }

  /**
   * What {@code setLocation} assigns to {@code countryCode}.
   */
  public static String countryCodeFromLocation(String location) {
    Place converted = upCity(location);
    return converted == null ? null : converted.countryCode();
  }

  /**
   * What a setter of {@code city} or {@code countryCode} keeps of the others: the fields as they are or, when none is set yet, converted from {@code location}.
   */
  public static Place filledPlace(String city, String countryCode, String location) {
    if (city == null && countryCode == null) {
      Place converted = upCity(location);
      if (converted != null) {
        return converted;
      }
    }
    return new Place(city, countryCode);
  }

  private static Place upCity(String location) {
    if (location == null) {
      return null;
    }
    return CITY_CONVERTER.up(location);
  }

  private static String downCity(String city, String countryCode) {
    if (city == null && countryCode == null) {
      return null;
    }
    return CITY_CONVERTER.down(new Place(city, countryCode));
  }

  /**
   * What {@code getFullName} returns: {@code firstName}, {@code lastName}, converted, until transition {@code Person.fullName} is verified, then {@code fullName}.
   */
  public static String fullName(String fullName, String firstName, String lastName) {
    return Transitions.readsNew("Person.fullName") ? fullName : fullNameFromFirstNameAndLastName(firstName, lastName);
  }

  /**
   * What {@code setFullName} assigns to {@code firstName}.
   */
  public static String firstNameFromFullName(String fullName) {
    Name converted = downFullName(fullName);
    return converted == null ? null : converted.firstName();
  }

  /**
   * What {@code setFullName} assigns to {@code lastName}.
   */
  public static String lastNameFromFullName(String fullName) {
    Name converted = downFullName(fullName);
    return converted == null ? null : converted.lastName();
  }

  /**
   * What {@code setFirstName} and {@code setLastName} assign to {@code fullName}.
   */
  public static String fullNameFromFirstNameAndLastName(String firstName, String lastName) {
    return upFullName(firstName, lastName);
  }

  /**
   * What a setter of {@code firstName} or {@code lastName} keeps of the others: the fields as they are or, when none is set yet, converted from {@code fullName}.
   */
  public static Name filledName(String firstName, String lastName, String fullName) {
    if (firstName == null && lastName == null) {
      Name converted = downFullName(fullName);
      if (converted != null) {
        return converted;
      }
    }
    return new Name(firstName, lastName);
  }

  private static String upFullName(String firstName, String lastName) {
    if (firstName == null && lastName == null) {
      return null;
    }
    return FULL_NAME_CONVERTER.up(new Name(firstName, lastName));
  }

  private static Name downFullName(String fullName) {
    if (fullName == null) {
      return null;
    }
    return FULL_NAME_CONVERTER.down(fullName);
  }
}
