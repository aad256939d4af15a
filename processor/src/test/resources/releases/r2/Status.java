package dev.accordion.sample;

public enum Status { Unknown, Draft, InProgress, InReview, Published }
