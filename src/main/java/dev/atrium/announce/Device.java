package dev.atrium.announce;

/** Where a reader first opened an announcement. */
public enum Device {
  DESKTOP,
  PHONE
}
