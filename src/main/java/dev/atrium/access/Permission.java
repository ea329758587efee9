package dev.atrium.access;

/** What a subject may be allowed to do; each is decided against a {@link Scope}. */
public enum Permission {
  /** See the department tree and other people's profiles. */
  DIRECTORY_BROWSE,
  /** Create, rename, move, delete departments and edit people inside the scope (people only if {@link Access#covers} them). */
  ORG_MANAGE,
  /** Suspend, reactivate, reset the password of people inside the scope whom the actor {@link Access#covers}. */
  ACCOUNT_ADMINISTER,
  /** Create and edit groups, which cut across departments. */
  GROUP_MANAGE,
  /** Import an org chart from a file. */
  ORG_IMPORT,
  /** Grant and revoke roles. */
  ROLES_MANAGE,
  /** Change installation-wide settings such as the MFA requirement. */
  SETTINGS_MANAGE,
  /** Read the audit log. */
  AUDIT_VIEW,
  /**
   * Manage every resource of a type that allows it ({@link ResourceType#contentAdministered}, e.g. every
   * space and page), whatever its grants: for compliance and for content whose managers have left.
   */
  CONTENT_ADMINISTER
}
