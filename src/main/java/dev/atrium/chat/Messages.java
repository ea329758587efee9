package dev.atrium.chat;

import dev.atrium.access.Subject;
import dev.atrium.chat.ChatStreamEvent.MessageDeleted;
import dev.atrium.chat.ChatStreamEvent.MessageEdited;
import dev.atrium.chat.ChatStreamEvent.ReadMoved;
import dev.atrium.chat.internal.ChannelStream;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.MessageToTell;
import dev.atrium.chat.internal.MessagesTable;
import dev.atrium.chat.internal.VersionsTable;
import dev.atrium.files.StoredFile;
import dev.atrium.files.StoredFiles;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting, editing and deleting messages, reading history and streams, and read cursors. Every
 * change is one stream entry in the same transaction, pushed to the channel's members after commit.
 */
@Service
public class Messages {

  /** The largest body, in UTF-8 bytes. */
  public static final int MAX_BODY_BYTES = 16 * 1024;
  /** The most files one message may carry. */
  public static final int MAX_ATTACHMENTS = 10;

  private static final int MAX_PAGE = 200;

  private final Channels channels;
  private final ChannelsTable channelRows;
  private final MembersTable members;
  private final MessagesTable messages;
  private final ChannelStream stream;
  private final StoredFiles files;
  private final ApplicationEventPublisher events;
  private final Drafting drafting;
  private final VersionsTable versions;

  Messages(
      Channels channels,
      ChannelsTable channelRows,
      MembersTable members,
      MessagesTable messages,
      ChannelStream stream,
      StoredFiles files,
      ApplicationEventPublisher events,
      Drafting drafting,
      VersionsTable versions) {
    this.files = files;
    this.events = events;
    this.channels = channels;
    this.channelRows = channelRows;
    this.members = members;
    this.messages = messages;
    this.stream = stream;
    this.drafting = drafting;
    this.versions = versions;
  }

  /**
   * Stores the message, or, when this author already sent this {@code clientMessageId} here,
   * returns the stored one unchanged (no new row, no new position).
   */
  @Transactional
  public PostedMessage post(Subject subject, UUID channelId, PostMessage command) {
    return post(subject, channelId, command, null);
  }

  /** Posts; {@code forwardedFrom} when the text is a forwarded message's (see {@link Forwards}). */
  @Transactional
  public PostedMessage post(
      Subject subject,
      UUID channelId,
      PostMessage command,
      Message.@Nullable Forwarded forwardedFrom) {
    // locks the channel row: serialises this channel's writers, so the retry check below sees any
    // earlier try's commit
    ChannelsTable.Locked channel = channels.lockAsMember(subject, channelId);
    if (channel.archived()) {
      throw archived();
    }
    if (!channel.capabilities().canPost()) {
      throw DomainException.forbidden(
          "chat.posting-restricted", "Only the channel's owners and admins may post here.");
    }
    List<UUID> attachmentIds =
        command.attachmentIds() == null ? List.of() : command.attachmentIds();
    // a forward carries copies of the original's files, readable wherever the forward is
    List<UUID> forwardedFiles = forwardedFrom == null
        ? List.of()
        : messages
            .find(forwardedFrom.messageId())
            .map(m -> m.attachments().stream().map(Attachment::id).toList())
            .orElse(List.of());
    checkBody(command.body(), !attachmentIds.isEmpty() || !forwardedFiles.isEmpty());
    var earlier = messages.byClientId(channelId, subject.personId(), command.clientMessageId());
    if (earlier.isPresent()) {
      return new PostedMessage(messages.find(earlier.get()).orElseThrow(), false);
    }
    Drafting.Draft draft =
        drafting.prepare(subject, channelId, channel.capabilities(), command, forwardedFrom);
    UUID id = Ids.newId();
    Instant now = channels.now();
    List<Attachment> attachments = forwardedFrom == null
        ? attach(subject, attachmentIds, id)
        : copy(subject, forwardedFiles, id);
    // a new message's position is its stream position, the one after the position read with the
    // lock
    Message message = draft.at(
        id,
        channelId,
        channel.lastSeq() + 1,
        subject.personId(),
        command.clientMessageId(),
        command.body(),
        now,
        attachments);
    stream.post(channel, message);
    drafting.stored(message);
    events.publishEvent(new MessageWritten(id));
    if (MessageToTell.mayAsk(channel.kind(), message)) {
      events.publishEvent(new MessageToTell(id));
    }
    return new PostedMessage(message, true);
  }

  @Transactional
  public Message edit(Subject subject, UUID messageId, EditMessage command) {
    Message current = own(subject, messageId);
    SeenMessages.refuseDeleted(current);
    checkBody(command.body(), !current.attachments().isEmpty());
    Instant now = channels.now();
    versions.keep(
        messageId,
        current.body(),
        current.editedAt() == null ? current.createdAt() : current.editedAt());
    messages.edit(messageId, command.body(), now);
    Message edited = messages.find(messageId).orElseThrow();
    stream.append(
        current.channelId(),
        now,
        members.of(current.channelId()),
        seq -> new MessageEdited(edited));
    events.publishEvent(new MessageWritten(messageId));
    events.publishEvent(new MessageRevised(messageId, current.channelId(), false));
    return edited;
  }

  /** Leaves a tombstone in the message's place; deleting it again changes nothing. */
  @Transactional
  public void delete(Subject subject, UUID messageId) {
    Message current = own(subject, messageId);
    if (current.deletedAt() != null) {
      return;
    }
    Instant now = channels.now();
    messages.tombstone(messageId, now);
    Message deleted = messages.find(messageId).orElseThrow();
    stream.append(
        current.channelId(),
        now,
        members.of(current.channelId()),
        seq -> new MessageDeleted(deleted));
    events.publishEvent(new MessageWritten(messageId));
    events.publishEvent(new MessageRevised(messageId, current.channelId(), true));
  }

  /**
   * Up to {@code limit} messages of the main history (roots, and thread replies also sent to the
   * channel) before position {@code before} (the newest when absent), oldest first.
   */
  @Transactional(readOnly = true)
  public List<Message> history(Subject subject, UUID channelId, @Nullable Long before, int limit) {
    return history(subject, channelId, before, null, null, limit);
  }

  /**
   * One page of history, oldest first: before {@code before} (the newest when no position is
   * given), after {@code after}, or {@code around} a position (half before it, the rest from it on),
   * so a permalink or a first unread message far back can be opened and paged from in both directions.
   */
  @Transactional(readOnly = true)
  public List<Message> history(
      Subject subject,
      UUID channelId,
      @Nullable Long before,
      @Nullable Long after,
      @Nullable Long around,
      int limit) {
    channels.visible(subject, channelId);
    int size = pageSize(limit);
    if ((before != null ? 1 : 0) + (after != null ? 1 : 0) + (around != null ? 1 : 0) > 1) {
      throw DomainException.badRequest(
          "chat.page-invalid", "Give at most one of before, after and around.");
    }
    if (after != null) {
      return messages.after(channelId, after, size);
    }
    if (around != null) {
      List<Message> older = messages.history(channelId, around, size / 2);
      List<Message> page = new java.util.ArrayList<>(older);
      page.addAll(messages.after(channelId, around - 1, size - older.size()));
      return page;
    }
    return messages.history(channelId, before == null ? Long.MAX_VALUE : before, size);
  }

  /** The stream entries after {@code after}, the HTTP twin of a socket's catch-up. */
  @Transactional(readOnly = true)
  public StreamPage stream(Subject subject, UUID channelId, long after) {
    channels.visible(subject, channelId);
    var page = stream.since(channelId, after);
    return new StreamPage(
        page.entries().stream().map(StreamEntry::of).toList(), page.lastSeq(), page.reset());
  }

  /**
   * Moves the caller's read cursor forward, never past the stream's end and never back. A move is
   * pushed to the caller's other sockets, and in a small conversation (receipts) to its members.
   */
  @Transactional
  public Channel markRead(Subject subject, UUID channelId, MarkRead command) {
    Channel channel = channels.member(subject, channelId);
    long before = members.readSeq(channelId, subject.personId()).orElseThrow();
    long target = Math.min(command.seq(), channel.lastSeq());
    return target > before ? moveCursor(subject, channel, before, target) : channel;
  }

  /**
   * Moves the caller's read cursor back to just before the message at {@code seq} (mark as unread):
   * that message and everything after it count as unread again.
   */
  @Transactional
  public Channel markUnread(Subject subject, UUID channelId, MarkUnread command) {
    Channel channel = channels.member(subject, channelId);
    if (command.seq() > channel.lastSeq()) {
      throw DomainException.badRequest(
          "chat.seq-invalid", "No such position in this conversation.");
    }
    long before = members.readSeq(channelId, subject.personId()).orElseThrow();
    long target = command.seq() - 1;
    return target != before ? moveCursor(subject, channel, before, target) : channel;
  }

  /** Every member's read cursor, from which a client derives each message's receipt; small conversations only. */
  @Transactional(readOnly = true)
  public List<ReadCursor> readCursors(Subject subject, UUID channelId) {
    Channel channel = channels.member(subject, channelId);
    refuseWithoutReceipts(channel);
    return members.cursors(channelId);
  }

  /** Who has read one message and who has not (its author aside); small conversations only. */
  @Transactional(readOnly = true)
  public Receipts receipts(Subject subject, UUID messageId) {
    Message message = messages
        .find(messageId)
        .orElseThrow(() -> DomainException.notFound("chat.message-not-found", "No such message."));
    Channel channel = channels.visible(subject, message.channelId());
    if (channel.role() == null) {
      throw DomainException.notFound("chat.message-not-found", "No such message.");
    }
    refuseWithoutReceipts(channel);
    List<UUID> readBy = new java.util.ArrayList<>();
    List<UUID> unreadBy = new java.util.ArrayList<>();
    for (ReadCursor cursor : members.cursors(channel.id())) {
      if (!cursor.personId().equals(message.authorId())) {
        (cursor.readSeq() >= message.seq() ? readBy : unreadBy).add(cursor.personId());
      }
    }
    return new Receipts(message.id(), message.seq(), readBy, unreadBy);
  }

  /**
   * Whether a conversation keeps per-message read receipts: direct and group conversations (at
   * most 50 people), never public or private channels, where one cursor move would fan out to
   * everyone. Compared by name so that kinds added later (GROUP) need no change here.
   */
  public static boolean keepsReceipts(ChannelKind kind) {
    return RECEIPT_KINDS.contains(kind.name());
  }

  private static final java.util.Set<String> RECEIPT_KINDS = java.util.Set.of("DIRECT", "GROUP");

  private Channel moveCursor(Subject subject, Channel channel, long before, long target) {
    UUID me = subject.personId();
    members.setRead(channel.id(), me, target);
    // Only a move across someone else's message changes a receipt; other moves (over read.moved
    // entries themselves, or one's own messages) append nothing, so two open clients never
    // ping-pong.
    if (keepsReceipts(channel.kind())
        && messages.othersBetween(
            channel.id(), me, Math.min(before, target), Math.max(before, target))) {
      stream.append(
          channel.id(), channels.now(), members.of(channel.id()), seq -> new ReadMoved(me, target));
    }
    Channel now = channels.visible(subject, channel.id());
    events.publishEvent(new ChannelViewChanged(me, now));
    return now;
  }

  private static void refuseWithoutReceipts(Channel channel) {
    if (!keepsReceipts(channel.kind())) {
      throw DomainException.badRequest(
          "chat.receipts-unavailable",
          "Read receipts are kept in direct and group conversations only.");
    }
  }

  private Message own(Subject subject, UUID messageId) {
    Message message = messages
        .find(messageId)
        .orElseThrow(() -> DomainException.notFound("chat.message-not-found", "No such message."));
    Channel channel = channels.visible(subject, message.channelId());
    if (!message.authorId().equals(subject.personId())) {
      throw DomainException.forbidden("chat.not-author", "Only its author may change a message.");
    }
    channels.member(subject, channel.id());
    refuseArchived(channel);
    // lock the channel, then read again: an edit and a delete of one message cannot interleave
    channelRows.lock(channel.id());
    return messages.find(messageId).orElseThrow();
  }

  /** Claims the caller's uploads for the message, in the posting transaction. */
  private List<Attachment> attach(Subject subject, List<UUID> fileIds, UUID messageId) {
    if (fileIds.isEmpty()) {
      return List.of();
    }
    return files.attach(subject, fileIds, MessageAttachmentAccess.OWNER_KIND, messageId).stream()
        .map(Messages::attachment)
        .toList();
  }

  private List<Attachment> copy(Subject subject, List<UUID> fileIds, UUID messageId) {
    if (fileIds.isEmpty()) {
      return List.of();
    }
    return files.copy(subject, fileIds, MessageAttachmentAccess.OWNER_KIND, messageId).stream()
        .map(Messages::attachment)
        .toList();
  }

  private static Attachment attachment(StoredFile f) {
    return new Attachment(
        f.id(), f.name(), f.size(), f.contentType(), f.width(), f.height(), f.hasThumbnail());
  }

  private static void checkBody(String body, boolean hasAttachments) {
    if (body.isBlank() && !hasAttachments) {
      throw DomainException.badRequest("chat.message-empty", "Write something first.");
    }
    if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "chat.message-too-long",
          "A message may hold at most " + MAX_BODY_BYTES + " bytes of text.",
          Map.of("maxBytes", MAX_BODY_BYTES));
    }
  }

  private static int pageSize(int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw DomainException.badRequest(
          "chat.limit-invalid", "limit must be 1 to " + MAX_PAGE + ".");
    }
    return limit;
  }

  private static void refuseArchived(Channel channel) {
    if (channel.archived()) {
      throw archived();
    }
  }

  private static DomainException archived() {
    return DomainException.conflict("chat.channel-archived", "This channel is archived.");
  }
}
