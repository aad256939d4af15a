// ACC508: Priority is stored by position, and Urgent was added before High instead of after it,
// so every row stored as High (2) would read as Urgent.
package dev.accordion.tasks;

import jakarta.persistence.*;

@Entity
class Task {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String label;

  @Enumerated(EnumType.STRING)
  Stage stage;

  @Enumerated(EnumType.ORDINAL)
  Priority priority; // ACC508
}

enum Stage { Unknown, Open, Done }

enum Priority { Low, Medium, Urgent, High }
