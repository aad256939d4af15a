package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
}
