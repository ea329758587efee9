package dev.atrium.announce.internal;

import dev.atrium.notify.NoticeGrouping;
import dev.atrium.notify.NoticeRequest;
import dev.atrium.notify.NoticeText;
import dev.atrium.notify.Notices;
import dev.atrium.org.OrgDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The notices of reminders ({@code announce.reminder}, to each non-reader) and escalations
 * ({@code announce.escalation}, to each non-reader's department head, with how many of their people
 * have not read); both kinds are declared with announce's others in {@code AnnounceNotices}. A click's reminder is sent by the durable listener of {@link ReminderSent} after
 * the click commits; a planned step is sent by the job in the transaction that claims it. Both are
 * keyed, so a retry tells no one twice.
 */
@Component
public class ReminderNotices {

  public static final String REMINDER = "announce.reminder";
  public static final String ESCALATION = "announce.escalation";

  private final Notices notices;
  private final RemindersTable table;
  private final StatsQueries queries;
  private final OrgDirectory directory;

  ReminderNotices(
      Notices notices, RemindersTable table, StatsQueries queries, OrgDirectory directory) {
    this.notices = notices;
    this.table = table;
    this.queries = queries;
    this.directory = directory;
  }

  @ApplicationModuleListener
  void on(ReminderSent event) {
    queries
        .head(event.announcementId())
        .ifPresent(head -> remind(
            head,
            event.actorId(),
            table.remindedAt(head.id(), event.at()),
            "manual:" + event.at().toEpochMilli()));
  }

  /** Tells these non-readers to read (and confirm) the announcement; {@code step} keys the reminder. */
  public void remind(AnnouncementHead head, UUID actor, Collection<UUID> people, String step) {
    if (people.isEmpty()) {
      return;
    }
    notices.publish(new NoticeRequest(
        REMINDER,
        Set.copyOf(people),
        Set.of(),
        List.of(actor),
        NoticeText.of(
            head.mustRead() ? "announce.notices.reminder-must-read" : "announce.notices.reminder",
            Map.of("title", head.title())),
        null,
        null,
        link(head),
        null,
        new NoticeGrouping.Once("announce.reminder:" + head.id() + ":" + step),
        Set.of()));
  }

  /**
   * Tells each non-reader's department head (the nearest one above them who may open the
   * announcement) how many of their people have not read it; answers how many heads were told.
   */
  public int escalate(AnnouncementHead head, List<RemindersTable.NonReader> nonReaders) {
    OrgTree tree = new OrgTree(directory.departmentTree());
    Map<UUID, Integer> perHead = new TreeMap<>();
    for (RemindersTable.NonReader person : nonReaders) {
      tree.headAbove(person.departmentId(), person.personId())
          .ifPresent(h -> perHead.merge(h, 1, Integer::sum));
    }
    if (perHead.isEmpty()) {
      return 0;
    }
    Set<UUID> mayOpen = Set.copyOf(table.recipientsAmong(head.id(), List.copyOf(perHead.keySet())));
    int told = 0;
    for (var entry : perHead.entrySet()) {
      UUID departmentHead = entry.getKey();
      if (!mayOpen.contains(departmentHead) && !departmentHead.equals(head.authorId())) {
        continue;
      }
      notices.publish(new NoticeRequest(
          ESCALATION,
          Set.of(departmentHead),
          Set.of(),
          List.of(head.authorId()),
          NoticeText.of(
              "announce.notices.escalation",
              Map.of("title", head.title(), "count", String.valueOf(entry.getValue()))),
          null,
          null,
          link(head),
          null,
          new NoticeGrouping.Once("announce.escalation:" + head.id()),
          Set.of()));
      told++;
    }
    return told;
  }

  private static String link(AnnouncementHead head) {
    return "/announcements/" + head.id();
  }
}
