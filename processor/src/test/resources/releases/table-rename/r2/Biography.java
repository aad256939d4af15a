package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
@Expand
@RenamedFrom("Profile")
public class Biography {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
}
