package dev.accordion.shop;

/** How much a customer buys; VIP is what release 1 called a VIP. */
public enum Tier {
  STANDARD,
  SILVER,
  GOLD,
  VIP
}
