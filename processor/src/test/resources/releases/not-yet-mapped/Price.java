package dev.accordion.shop;

public record Price(long cents) {}
