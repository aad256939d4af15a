package dev.accordion.tasks;

import jakarta.persistence.*;

@Entity
public class Task {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String label;

  @Enumerated(EnumType.STRING)
  Stage stage;

  @Enumerated(EnumType.ORDINAL)
  Priority priority;
}

enum Stage { Unknown, Open, Done }

enum Priority { Low, Medium, High }
