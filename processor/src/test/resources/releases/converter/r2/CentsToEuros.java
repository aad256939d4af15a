package dev.accordion.shop;

import dev.accordion.Converter;

/** Whole cents to euros and back, rounding to the nearest cent. */
public class CentsToEuros implements Converter<Integer, Double> {
  @Override
  public Double up(Integer cents) {
    return cents / 100.0;
  }

  @Override
  public Integer down(Double euros) {
    return (int) Math.round(euros * 100);
  }
}
