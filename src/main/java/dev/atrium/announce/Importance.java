package dev.atrium.announce;

/** How loudly an announcement speaks: urgent and important ones say so in their notice. */
public enum Importance {
  NORMAL,
  IMPORTANT,
  URGENT
}
