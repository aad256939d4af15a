package dev.accordion.shop;

import jakarta.persistence.Embeddable;

/** A postal address, kept in the columns of the table that holds it. */
@Embeddable
public class Address {
  private String street;
  private String city;
  private String postalCode;

  protected Address() {}

  public Address(String street, String city, String postalCode) {
    this.street = street;
    this.city = city;
    this.postalCode = postalCode;
  }

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }

  public String getPostalCode() {
    return postalCode;
  }
}
