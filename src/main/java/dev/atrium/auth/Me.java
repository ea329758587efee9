package dev.atrium.auth;

import dev.atrium.access.Capabilities;
import dev.atrium.access.Role;
import dev.atrium.org.PersonSummary;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The signed-in person as their own client needs them: identity, roles, pending steps, capabilities. */
public record Me(
    PersonSummary person,
    List<RoleHeld> roles,
    @Nullable String locale,
    boolean passwordChangeRequired,
    boolean mfaEnabled,
    boolean mfaEnrolmentRequired,
    Capabilities capabilities) {

  /** A role and, for a department administrator, where. */
  public record RoleHeld(
      Role role, @Nullable UUID departmentId, @Nullable String departmentName) {}
}
