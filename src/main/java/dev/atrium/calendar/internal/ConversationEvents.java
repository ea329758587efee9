package dev.atrium.calendar.internal;

import dev.atrium.access.Subject;
import dev.atrium.calendar.EventCancelled;
import dev.atrium.calendar.EventChanged;
import dev.atrium.calendar.EventMoved;
import dev.atrium.calendar.EventScheduled;
import dev.atrium.chat.ChatAlerts;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A meeting scheduled from a conversation ({@code source.channelId}), in that conversation, through
 * chat's own paths ({@code chat::alerts}): its link as the organiser's post (which chat unfurls into
 * the event's card for each member as they may see it), and word to the channel whenever the event
 * changes, so the card shows it as it now is. Each follows a commit durably and is safe to repeat:
 * chat posts the same text by the same author in the same channel once, and a card told twice is
 * refetched twice.
 */
@Component
class ConversationEvents {

  private static final Logger log = LoggerFactory.getLogger(ConversationEvents.class);

  private final ChatAlerts chat;
  private final EventsTable events;
  private final OrgDirectory directory;
  private final ObjectMapper json;
  private final ApplicationEventPublisher publisher;
  private final TransactionTemplate ownTransaction;

  ConversationEvents(
      ChatAlerts chat,
      EventsTable events,
      OrgDirectory directory,
      ObjectMapper json,
      ApplicationEventPublisher publisher,
      PlatformTransactionManager transactions) {
    this.chat = chat;
    this.events = events;
    this.directory = directory;
    this.json = json;
    this.publisher = publisher;
    // chat's refusal marks the transaction it ran in for rollback: the post gets one of its own, so
    // the listener still commits (and its publication completes) when chat says no
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The organiser may have left the conversation, or it was archived, since they scheduled: the
   * meeting stands without its post, as retrying would not change chat's answer. A private event's
   * post carries no title, which every member would read; its card shows it only to those who may.
   */
  @ApplicationModuleListener
  void on(EventScheduled event) {
    EventRow row = events.find(event.eventId()).orElse(null);
    PersonRef organizer = directory.find(event.organizerId()).orElse(null);
    if (row == null || organizer == null) {
      return;
    }
    Optional<UUID> channel = channelOf(row);
    if (channel.isEmpty()) {
      return;
    }
    String link = link(row.id());
    String text = row.isPrivate()
        ? link
        : "[" + row.title().replace("\\", "\\\\").replace("]", "\\]") + "](" + link + ")";
    try {
      ownTransaction.executeWithoutResult(status ->
          chat.postLink(new Subject(organizer.id(), organizer.guest()), channel.get(), text));
    } catch (DomainException refused) {
      log.info("Event {} has no post in its conversation: {}", row.id(), refused.getMessage());
    }
  }

  /**
   * These two run inside the writing transaction and decide there whether the conversation is to be
   * told: one primary-key read, and a durable publication only for an event from a conversation.
   */
  @EventListener
  void on(EventChanged event) {
    fromConversation(event.eventId());
  }

  /** The card names the event's calendar. */
  @EventListener
  void on(EventMoved event) {
    fromConversation(event.eventId());
  }

  @EventListener
  void on(EventCancelled event) {
    fromConversation(event.eventId());
  }

  private void fromConversation(UUID eventId) {
    events
        .find(eventId)
        .flatMap(this::channelOf)
        .ifPresent(
            channel -> publisher.publishEvent(new ConversationEventChanged(eventId, channel)));
  }

  @ApplicationModuleListener
  void on(ConversationEventChanged event) {
    chat.cardChanged(event.channelId(), link(event.eventId()));
  }

  private Optional<UUID> channelOf(EventRow row) {
    if (row.source() == null) {
      return Optional.empty();
    }
    JsonNode channel = json.readTree(row.source()).path("channelId");
    try {
      return channel.isString()
          ? Optional.of(UUID.fromString(channel.asString()))
          : Optional.empty();
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private static String link(UUID eventId) {
    return "/calendar/events/" + eventId;
  }
}
