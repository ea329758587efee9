package dev.atrium.announce;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * What an announcement's receipts stream carries (stream kind {@code announce.receipts}, one per
 * announcement, heard by those who may see its statistics): a hint to refetch the statistics, sent
 * at most about once a second while people open and confirm it (docs/announcements.md).
 */
public sealed interface ReceiptsStreamEvent {

  /** The announcement's totals as they were counted. */
  @JsonTypeName("receipts.counted")
  record ReceiptsCounted(long delivered, long opened, long confirmed)
      implements ReceiptsStreamEvent {}
}
