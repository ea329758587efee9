package dev.atrium.doc;

/** What a grant allows in a space, each including the ones before it. */
public enum SpaceRole {
  READ,
  EDIT,
  ADMIN;

  /** 0 for no role, then 1, 2, 3: the order grants are compared in. */
  public int rank() {
    return ordinal() + 1;
  }

  public static SpaceRole ofRank(int rank) {
    return values()[rank - 1];
  }
}
