package dev.accordion.shop;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  private String street;
  private String city;
}
