package dev.atrium.task;

import dev.atrium.support.Api;
import dev.atrium.support.Eventually;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Projects, tasks and people's notices through the API, for the task-notices tests. */
final class TaskSteps {

  private TaskSteps() {}

  /**
   * A team project of the caller's (its manager; {@link TaskRequests#teamProject}, so its name gets
   * a unique tail) with these people's roles ({@code VIEWER}, {@code EDITOR}).
   */
  static UUID project(Api owner, String name, Map<UUID, String> roles) {
    List<Map<String, Object>> grants = new ArrayList<>();
    roles.forEach((person, role) -> grants.add(TaskRequests.grant("PERSON", person, role)));
    return TaskRequests.id(TaskRequests.teamProject(owner, name, grants));
  }

  /** A task made by the caller from these fields of {@code POST /tasks}. */
  static UUID task(Api creator, Object... fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      body.put((String) fields[i], fields[i + 1]);
    }
    return TaskRequests.id(TaskRequests.task(creator, body));
  }

  /** The caller's notifications (the latest 100) that link to the task. */
  static List<JsonNode> notices(Api api, UUID taskId) {
    List<JsonNode> found = new ArrayList<>();
    api.get("/api/v1/notifications?limit=100").body().path("items").forEach(item -> {
      if (item.path("link").asString().equals("/tasks/" + taskId)) {
        found.add(item);
      }
    });
    return found;
  }

  /** The kinds of those notices, waiting until they include {@code kind}. */
  static List<String> kindsOnceTold(Api api, UUID taskId, String kind) {
    return Eventually.eventually(() -> kinds(api, taskId), kinds -> kinds.contains(kind));
  }

  static List<String> kinds(Api api, UUID taskId) {
    return notices(api, taskId).stream().map(n -> n.path("kind").asString()).toList();
  }

  /** The title key of the caller's notice of this kind about the task. */
  static String titleKey(Api api, UUID taskId, String kind) {
    return notices(api, taskId).stream()
        .filter(n -> n.path("kind").asString().equals(kind))
        .findFirst()
        .orElseThrow()
        .path("title")
        .path("key")
        .asString();
  }
}
