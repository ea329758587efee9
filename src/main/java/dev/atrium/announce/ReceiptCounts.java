package dev.atrium.announce;

/**
 * How many recipients an announcement was delivered to, how many opened it and how many confirmed
 * it (a must-read, in its version that asks for confirmation).
 */
public record ReceiptCounts(long delivered, long opened, long confirmed) {

  public static final ReceiptCounts NONE = new ReceiptCounts(0, 0, 0);

  public ReceiptCounts plus(ReceiptCounts other) {
    return new ReceiptCounts(
        delivered + other.delivered, opened + other.opened, confirmed + other.confirmed);
  }

  public ReceiptCounts minus(ReceiptCounts other) {
    return new ReceiptCounts(
        delivered - other.delivered, opened - other.opened, confirmed - other.confirmed);
  }
}
