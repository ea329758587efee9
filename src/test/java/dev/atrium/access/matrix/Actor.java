package dev.atrium.access.matrix;

/**
 * The columns of the matrix, in the order a row lists its expectations. Everyone but the system
 * administrator is made for the test class; the owner and the insider share a department.
 */
enum Actor {
  /** Made the object (channel owner, page creator, space administrator, uploader). */
  OWNER,
  /** Let in on the object by its owner or by a grant to the owner's department: a member, an editor. */
  INSIDER,
  /** A member of another department, with no grant and no membership. */
  OTHER_DEPARTMENT,
  /** A guest placed in the owner's own department, invited to nothing of the fixture's. */
  GUEST,
  /** Administers another department's subtree: power elsewhere, none here. */
  OTHER_DEPARTMENT_ADMIN,
  /** The system administrator: administers every space, but is not in every conversation. */
  SYSTEM_ADMIN
}
