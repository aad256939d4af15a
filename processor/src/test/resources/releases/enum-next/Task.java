package dev.accordion.tasks;

import jakarta.persistence.*;

/** The next release: Stage loses Unknown and gains Archived; Priority gains Urgent at its end. */
@Entity
public class Task {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String label;

  @Enumerated(EnumType.STRING)
  Stage stage; // ACC507

  @Enumerated(EnumType.ORDINAL)
  Priority priority;
}

enum Stage { Open, Done, Archived }

enum Priority { Low, Medium, High, Urgent }
