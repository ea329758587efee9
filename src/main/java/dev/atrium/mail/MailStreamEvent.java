package dev.atrium.mail;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.UUID;

/**
 * What a mailbox's stream carries (stream kind {@code mail.mailbox}), heard by its readers. No entry
 * carries what a mail says: a client refetches the folder page or thread it shows.
 */
public sealed interface MailStreamEvent {

  /** A mail arrived in the mailbox or was sent from it. */
  @JsonTypeName("mail.message-added")
  record MessageAdded(UUID messageId, UUID folderId, UUID threadId) implements MailStreamEvent {}

  /** Messages were marked, moved or labelled. */
  @JsonTypeName("mail.message-changed")
  record MessageChanged(List<UUID> messageIds) implements MailStreamEvent {}

  /** Messages were deleted for good. */
  @JsonTypeName("mail.message-removed")
  record MessageRemoved(List<UUID> messageIds) implements MailStreamEvent {}

  @JsonTypeName("mail.draft-saved")
  record DraftSaved(UUID draftId, int version) implements MailStreamEvent {}

  /** A draft was deleted or sent. */
  @JsonTypeName("mail.draft-removed")
  record DraftRemoved(UUID draftId) implements MailStreamEvent {}

  /** Folders or labels were made, renamed or deleted. */
  @JsonTypeName("mail.folder-changed")
  record FolderChanged(UUID mailboxId) implements MailStreamEvent {}
}
