package dev.atrium.calendar;

/**
 * A role on a calendar, weakest first: free/busy holders see when its events are, not what they
 * are; readers see them; editors create, change and cancel them; managers also change the
 * calendar's settings and grants.
 */
public enum CalendarRole {
  FREEBUSY,
  READER,
  EDITOR,
  MANAGER;

  /** 1 for {@link #FREEBUSY} up to 4, as {@code access} ranks the roles of {@code calendar.calendar}. */
  public int rank() {
    return ordinal() + 1;
  }

  public static CalendarRole ofRank(int rank) {
    return values()[rank - 1];
  }
}
