package dev.atrium.task;

/**
 * A role on a project, weakest first: viewers see and comment on its tasks, editors also create,
 * change, move and complete them, managers also change its settings, sections and grants.
 */
public enum ProjectRole {
  VIEWER,
  EDITOR,
  MANAGER;

  /** 1 for {@link #VIEWER} up to 3, as {@code access} ranks the roles of {@code task.project}. */
  public int rank() {
    return ordinal() + 1;
  }

  public static ProjectRole ofRank(int rank) {
    return values()[rank - 1];
  }
}
