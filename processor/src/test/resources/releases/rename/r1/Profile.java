package dev.accordion.sample;

import jakarta.persistence.*;

/** The seeds' typo: the column was committed as biograpy. */
@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String biograpy;
}
