package dev.accordion.sample;

import dev.accordion.Contract;
import jakarta.persistence.*;

@Entity
@Contract(from = "Profile")
public class Biography {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
}
