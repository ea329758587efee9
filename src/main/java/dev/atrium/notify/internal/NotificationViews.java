package dev.atrium.notify.internal;

import dev.atrium.notify.Notification;
import dev.atrium.notify.NotificationActor;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Rows as the client shows them: the latest actors named, in one directory look-up per list. */
@Component
public class NotificationViews {

  /** "张三, 李四 and 5 others": the client names at most this many. */
  static final int NAMED_ACTORS = 3;

  private final OrgDirectory directory;

  NotificationViews(OrgDirectory directory) {
    this.directory = directory;
  }

  public List<Notification> of(List<NotificationRow> rows) {
    Set<UUID> named = new LinkedHashSet<>();
    rows.forEach(row -> named.addAll(
        row.actorIds().subList(0, Math.min(NAMED_ACTORS, row.actorIds().size()))));
    Map<UUID, PersonSummary> people = directory.summaries(named).stream()
        .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    return rows.stream().map(row -> view(row, people)).toList();
  }

  public Notification of(NotificationRow row) {
    return of(List.of(row)).getFirst();
  }

  private static Notification view(NotificationRow row, Map<UUID, PersonSummary> people) {
    List<NotificationActor> actors = row.actorIds().stream()
        .limit(NAMED_ACTORS)
        .map(people::get)
        .filter(Objects::nonNull)
        .map(p -> new NotificationActor(p.id(), p.name(), p.avatarColor()))
        .toList();
    return new Notification(
        row.id(),
        row.module(),
        row.kind(),
        actors,
        row.actorIds().size(),
        row.title(),
        row.text(),
        row.quote(),
        row.link(),
        row.anchor(),
        row.createdAt(),
        row.updatedAt(),
        row.readAt());
  }
}
