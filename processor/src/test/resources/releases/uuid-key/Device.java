package dev.accordion.sample;

import jakarta.persistence.*;
import java.util.UUID;

/** A table keyed by a UUID, which SQLite stores as a blob. */
@Entity
public class Device {
  @Id UUID id;
  String label;
}
