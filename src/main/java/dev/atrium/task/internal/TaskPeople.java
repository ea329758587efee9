package dev.atrium.task.internal;

import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonSummary;
import dev.atrium.task.TaskPerson;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Names the people a task shows, many at once (one directory look-up per answer). */
@Component
public class TaskPeople {

  /** How someone no longer in the directory shows. */
  static final String UNKNOWN_COLOR = "gray";

  private final OrgDirectory directory;

  TaskPeople(OrgDirectory directory) {
    this.directory = directory;
  }

  public Map<UUID, TaskPerson> named(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return directory.summaries(new LinkedHashSet<>(ids)).stream()
        .collect(Collectors.toMap(
            PersonSummary::id,
            p -> new TaskPerson(p.id(), p.name(), p.avatarColor()),
            (a, b) -> a));
  }

  public static TaskPerson of(Map<UUID, TaskPerson> named, UUID id) {
    TaskPerson person = named.get(id);
    return person != null ? person : new TaskPerson(id, "", UNKNOWN_COLOR);
  }

  public static List<TaskPerson> of(Map<UUID, TaskPerson> named, Collection<UUID> ids) {
    return ids.stream().map(id -> of(named, id)).toList();
  }
}
