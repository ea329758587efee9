package dev.atrium.announce;

/** Which recipients a statistics list shows. */
public enum ReceiptState {
  /** Not opened yet. */
  UNOPENED,
  /** Not confirmed in the version that asks for confirmation (a must-read). */
  UNCONFIRMED
}
