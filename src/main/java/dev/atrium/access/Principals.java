package dev.atrium.access;

import java.util.UUID;

/**
 * What deciding grants needs to know about people, departments and groups, answered by the module
 * that owns them (org), so access depends on no other module.
 */
public interface Principals {

  /** Where the person belongs; {@link Affiliation#none()} for a guest or a suspended person. */
  Affiliation affiliation(UUID personId);

  /** True when the person, department or group the grantee names exists (always for company and guests). */
  boolean exists(Grantee grantee);

  /** The active people the grantee names: who a grant reaches, for audiences of live events and notices. */
  java.util.Set<UUID> people(Grantee grantee);
}
