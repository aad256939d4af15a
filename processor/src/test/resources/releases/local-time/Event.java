package dev.accordion.sample;

import jakarta.persistence.*;
import java.time.LocalDateTime;

@Entity
public class Event {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  LocalDateTime happenedAt;
}
