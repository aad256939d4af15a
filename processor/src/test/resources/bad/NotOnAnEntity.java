// ACC107: @Expand on a field of a class that is no @Entity (a DTO): no entity reads it, so it
// would be ignored in silence.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;

class ProfileForm {
  String bio;

  @Expand @RenamedFrom("bio") // ACC107
  String biography;
}
