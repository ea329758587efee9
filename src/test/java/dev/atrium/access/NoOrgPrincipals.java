package dev.atrium.access;

import java.util.Set;
import java.util.UUID;

/**
 * Org's answers for module tests that start access without org: nobody belongs anywhere and no
 * grantee exists, so no resource grant can reach anyone.
 */
public final class NoOrgPrincipals implements Principals {

  @Override
  public Affiliation affiliation(UUID personId) {
    return Affiliation.none();
  }

  @Override
  public boolean exists(Grantee grantee) {
    return false;
  }

  @Override
  public Set<UUID> people(Grantee grantee) {
    return Set.of();
  }
}
