package dev.atrium.mail;

import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.MailMessagesTable.MailAttachmentRow;
import dev.atrium.mail.internal.RemoteImages;
import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Messages and conversations as the API shows them. */
final class MailViews {

  private MailViews() {}

  static MailPerson person(MailAddress address) {
    return new MailPerson(address.address(), address.name());
  }

  static List<MailPerson> people(List<MailAddress> addresses) {
    return addresses.stream().map(MailViews::person).toList();
  }

  static MailAttachment attachment(MailAttachmentRow row) {
    return new MailAttachment(
        row.fileId(), row.name(), row.contentType(), row.size(), row.inlineCid());
  }

  static MailMessage message(
      MessageRow m, List<MailAttachmentRow> attachments, @Nullable MailInvitation invitation) {
    return new MailMessage(
        m.id(),
        m.threadId(),
        m.folderId(),
        person(m.from()),
        people(m.to()),
        people(m.cc()),
        m.outgoing() ? people(m.bcc()) : List.of(),
        people(m.replyTo()),
        m.subject(),
        m.sentAt(),
        m.html() != null && m.remoteImagesAllowed()
            ? RemoteImages.shown(m.html(), m.id())
            : m.html(),
        m.text(),
        m.remoteImages(),
        m.remoteImagesAllowed(),
        attachments.stream().map(MailViews::attachment).toList(),
        m.seen(),
        m.starred(),
        m.labelIds(),
        m.outgoing(),
        m.external(),
        m.spoofedInternal(),
        m.parseProblem(),
        invitation);
  }

  /** The folder's conversations in the order of {@code threadIds}, from their messages there (oldest first). */
  static List<MailThreadSummary> summaries(List<UUID> threadIds, List<MessageRow> messages) {
    Map<UUID, List<MessageRow>> byThread = new LinkedHashMap<>();
    threadIds.forEach(id -> byThread.put(id, new ArrayList<>()));
    messages.forEach(
        m -> byThread.computeIfAbsent(m.threadId(), id -> new ArrayList<>()).add(m));
    List<MailThreadSummary> items = new ArrayList<>();
    byThread.forEach((threadId, rows) -> {
      if (rows.isEmpty()) {
        return;
      }
      MessageRow newest = rows.getLast();
      Map<String, MailPerson> participants = new LinkedHashMap<>();
      Set<UUID> labels = new LinkedHashSet<>();
      for (MessageRow m : rows) {
        participants.putIfAbsent(m.from().address(), person(m.from()));
        labels.addAll(m.labelIds());
      }
      items.add(new MailThreadSummary(
          threadId,
          rows.getFirst().subject(),
          List.copyOf(participants.values()),
          newest.snippet(),
          newest.receivedAt(),
          rows.size(),
          rows.stream().anyMatch(m -> !m.seen()),
          rows.stream().anyMatch(MessageRow::starred),
          rows.stream().anyMatch(MessageRow::hasAttachments),
          List.copyOf(labels),
          rows.stream().map(MessageRow::id).toList()));
    });
    return items;
  }
}
