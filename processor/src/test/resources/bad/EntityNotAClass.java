// ACC109: a record marked @Entity: JPA cannot set a record's fields (nor create it without
// arguments), so it would be ignored or fail at run time.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
record Point(@Id Long id, int x) { // ACC109
}
