// ACC102: an entity without an @Id field; transitions walk tables by their key.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Post { // ACC102
  String title;
}
