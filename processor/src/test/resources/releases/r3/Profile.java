package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
  @Expand @RenamedFrom("bio") String biography;
}
