package dev.accordion.shop;

/** Not @Embeddable: Hibernate would refuse it, Accordion leaves it out with a warning. */
public class Location {
  private double latitude;
  private double longitude;
}
