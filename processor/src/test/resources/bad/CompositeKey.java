// ACC103: two @Id fields; transitions need a single-column key.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Post { // ACC103
  @Id Long blogId;
  @Id Long id;
}
