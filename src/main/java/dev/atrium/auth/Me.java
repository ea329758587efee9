package dev.atrium.auth;

import dev.atrium.access.Capabilities;
import dev.atrium.access.Role;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The signed-in person as their own client needs them: identity, roles, pending steps, capabilities. */
public record Me(Person person, List<RoleHeld> roles, @Nullable String locale, boolean passwordChangeRequired,
                 boolean mfaEnabled, boolean mfaEnrolmentRequired, Capabilities capabilities) {

  /** Who is signed in. */
  public record Person(UUID id, String name, String email, boolean guest) {}

  /** A role and, for a department administrator, where. */
  public record RoleHeld(Role role, @Nullable UUID departmentId) {}
}
