package dev.atrium.access;

/** Roles granted explicitly; everyone who is not a guest is a member without a grant. */
public enum Role {
  /** Everything, everywhere. */
  SYSTEM_ADMIN,
  /** People and departments inside one department subtree. */
  DEPARTMENT_ADMIN
}
