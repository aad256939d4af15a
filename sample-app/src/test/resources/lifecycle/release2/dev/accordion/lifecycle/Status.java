package dev.accordion.lifecycle;

public enum Status { Unknown, Draft, InProgress, InReview, Published }
