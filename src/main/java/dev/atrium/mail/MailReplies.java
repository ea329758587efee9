package dev.atrium.mail;

import dev.atrium.access.Subject;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.mail.internal.DraftsTable;
import dev.atrium.mail.internal.DraftsTable.DraftRow;
import dev.atrium.mail.internal.MailAddress;
import dev.atrium.mail.internal.MailMessagesTable.MailAttachmentRow;
import dev.atrium.mail.internal.MailStore;
import dev.atrium.mail.internal.MailStream;
import dev.atrium.mail.internal.MailboxRow;
import dev.atrium.mail.internal.Subjects;
import dev.atrium.mail.internal.ThreadsTable;
import dev.atrium.mail.internal.ThreadsTable.MessageRow;
import dev.atrium.shared.Ids;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replies and forwards start as drafts, prefilled: the recipients, "Re:" or "Fwd:", the original
 * quoted below an empty first line; a forward keeps the original's attachments (copies, so the
 * draft's survive the original's deletion).
 */
@Service
public class MailReplies {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final MailThreads reading;
  private final Mailboxes mailboxes;
  private final MailDrafts drafts;
  private final DraftsTable table;
  private final ThreadsTable threads;
  private final StoredFiles files;
  private final MailStream stream;
  private final Clock clock;

  MailReplies(
      MailThreads reading,
      Mailboxes mailboxes,
      MailDrafts drafts,
      DraftsTable table,
      ThreadsTable threads,
      StoredFiles files,
      MailStream stream,
      Clock clock) {
    this.reading = reading;
    this.mailboxes = mailboxes;
    this.drafts = drafts;
    this.table = table;
    this.threads = threads;
    this.files = files;
    this.stream = stream;
    this.clock = clock;
  }

  @Transactional
  public MailDraft reply(Subject subject, UUID messageId, boolean all) {
    MessageRow original = reading.readable(subject, messageId);
    MailboxRow box = mailboxes.sendable(subject, original.mailboxId());
    Map<String, MailAddress> to = new LinkedHashMap<>();
    if (original.outgoing()) {
      original.to().forEach(a -> to.put(a.address(), a));
    } else {
      (original.replyTo().isEmpty() ? List.of(original.from()) : original.replyTo())
          .forEach(a -> to.put(a.address(), a));
    }
    Map<String, MailAddress> cc = new LinkedHashMap<>();
    if (all) {
      List<MailAddress> others = new ArrayList<>(original.cc());
      if (!original.outgoing()) {
        others.addAll(0, original.to());
      }
      others.forEach(a -> {
        if (!to.containsKey(a.address()) && !a.address().equals(box.address())) {
          cc.putIfAbsent(a.address(), a);
        }
      });
    }
    String intro = "On " + WHEN.format(original.sentAt().atOffset(ZoneOffset.UTC)) + ", "
        + (original.from().name().isBlank()
            ? original.from().address()
            : original.from().name())
        + " wrote:";
    return save(
        subject,
        box,
        new ArrayList<>(to.values()),
        new ArrayList<>(cc.values()),
        Subjects.reply(original.subject()),
        quoted(List.of(intro), original.text()),
        original.id(),
        null,
        List.of());
  }

  @Transactional
  public MailDraft forward(Subject subject, UUID messageId) {
    MessageRow original = reading.readable(subject, messageId);
    MailboxRow box = mailboxes.sendable(subject, original.mailboxId());
    List<String> head = new ArrayList<>(List.of(
        "---------- Forwarded message ----------",
        "From: " + format(original.from()),
        "Date: " + WHEN.format(original.sentAt().atOffset(ZoneOffset.UTC)),
        "Subject: " + original.subject()));
    if (!original.to().isEmpty()) {
      head.add("To: "
          + String.join(", ", original.to().stream().map(MailReplies::format).toList()));
    }
    List<UUID> fileIds = threads.attachments(original.contentId()).stream()
        .map(MailAttachmentRow::fileId)
        .toList();
    return save(
        subject,
        box,
        List.of(),
        List.of(),
        Subjects.forward(original.subject()),
        quoted(head, original.text()),
        null,
        original.id(),
        fileIds);
  }

  private MailDraft save(
      Subject subject,
      MailboxRow box,
      List<MailAddress> to,
      List<MailAddress> cc,
      String title,
      JsonNode body,
      @Nullable UUID replyTo,
      @Nullable UUID forwardOf,
      List<UUID> copyFiles) {
    UUID id = Ids.newId();
    List<UUID> attachmentIds = files.copy(subject, copyFiles, MailStore.FILE_OWNER, id).stream()
        .map(StoredFile::id)
        .toList();
    DraftRow row = new DraftRow(
        id,
        box.id(),
        subject.personId(),
        1,
        title,
        to,
        cc,
        List.of(),
        body,
        attachmentIds,
        replyTo,
        forwardOf,
        clock.instant());
    table.insert(row, clock.instant());
    stream.append(box.id(), new MailStreamEvent.DraftSaved(id, 1));
    return drafts.view(table.find(id).orElseThrow());
  }

  /** An empty paragraph to write in, the lines above the quote, then the original's text quoted. */
  private static JsonNode quoted(List<String> head, String text) {
    ObjectNode doc = NODES.objectNode().put("type", "doc");
    ArrayNode content = doc.putArray("content");
    content.addObject().put("type", "paragraph");
    head.forEach(line -> content.add(paragraph(line)));
    ObjectNode quote = content.addObject().put("type", "blockquote");
    ArrayNode lines = quote.putArray("content");
    for (String line : text.split("\n", -1)) {
      lines.add(paragraph(line));
    }
    return doc;
  }

  private static ObjectNode paragraph(String line) {
    ObjectNode paragraph = NODES.objectNode().put("type", "paragraph");
    if (!line.isEmpty()) {
      paragraph.putArray("content").addObject().put("type", "text").put("text", line);
    }
    return paragraph;
  }

  private static String format(MailAddress address) {
    return address.name().isBlank()
        ? address.address()
        : address.name() + " <" + address.address() + ">";
  }
}
