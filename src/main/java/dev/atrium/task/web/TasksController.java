package dev.atrium.task.web;

import dev.atrium.access.Subject;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.web.RequestJson;
import dev.atrium.task.CreateTask;
import dev.atrium.task.MoveTask;
import dev.atrium.task.MyTaskGroupKey;
import dev.atrium.task.MyTasks;
import dev.atrium.task.Task;
import dev.atrium.task.TaskHistoryEntry;
import dev.atrium.task.Tasks;
import dev.atrium.task.UpdateTask;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

@Tag(name = "Tasks")
@RestController
class TasksController {

  private final Tasks tasks;
  private final RequestJson json;
  private final Validator validator;

  TasksController(Tasks tasks, RequestJson json, Validator validator) {
    this.tasks = tasks;
    this.json = json;
    this.validator = validator;
  }

  @PostMapping("/api/v1/tasks")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Makes a task: personal, in a project's section, or a subtask")
  Task create(@AuthenticationPrincipal Subject subject, @Valid @RequestBody CreateTask command) {
    return tasks.create(subject, command);
  }

  @GetMapping("/api/v1/tasks/{id}")
  Task get(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return tasks.get(subject, id);
  }

  /**
   * Read as a tree first: which fields were sent is what tells "leave it" from "clear it". The tree
   * is then read under the same input rules as any request body, and validated.
   */
  @PatchMapping("/api/v1/tasks/{id}")
  @Operation(summary = "Changes a task: a field left out stays, null clears it")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateTask.class)))
  Task update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestBody JsonNode body,
      HttpServletRequest request) {
    UpdateTask command;
    try {
      command = json.read(body, UpdateTask.class);
    } catch (JacksonException e) {
      throw new HttpMessageNotReadableException(
          "The change is not readable", e, new ServletServerHttpRequest(request));
    }
    var violations = validator.validate(command);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return tasks.update(subject, id, command, Set.copyOf(body.propertyNames()));
  }

  @DeleteMapping("/api/v1/tasks/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Deletes a task and its subtasks (its creator or the project's editors)")
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    tasks.delete(subject, id);
  }

  @PostMapping("/api/v1/tasks/{id}/move")
  @Operation(
      summary = "Moves a top-level task to a section (of another project with projectId), just"
          + " below beforeId and above afterId")
  Task move(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody MoveTask command) {
    return tasks.move(subject, id, command);
  }

  @PostMapping("/api/v1/tasks/{id}/complete")
  @Operation(summary = "Completes a task; a recurring one gets its next occurrence, once")
  Task complete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return tasks.complete(subject, id);
  }

  @PostMapping("/api/v1/tasks/{id}/reopen")
  Task reopen(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return tasks.reopen(subject, id);
  }

  @GetMapping("/api/v1/tasks/{id}/history")
  @Operation(summary = "Every change of the task, one entry per field, newest first")
  List<TaskHistoryEntry> history(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return tasks.history(subject, id);
  }

  @GetMapping("/api/v1/my-tasks")
  @Operation(
      summary = "My tasks in groups (overdue, today, upcoming, no date, done; days in zone, default"
          + " UTC), each with its count and first page (limit, default 25); with group, that group's"
          + " next page after the card after. role=assignee or follower; neither: both and my"
          + " personal tasks")
  MyTasks mine(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(required = false) @Nullable String role,
      @RequestParam(required = false) @Nullable String zone,
      @RequestParam(required = false) @Nullable String group,
      @RequestParam(required = false) @Nullable UUID after,
      @RequestParam(defaultValue = "25") int limit) {
    if (limit < 1 || limit > 100) {
      throw DomainException.badRequest("task.filter-invalid", "limit is 1 to 100.");
    }
    MyTaskGroupKey key = group(group);
    if (after != null && key == null) {
      throw DomainException.badRequest("task.filter-invalid", "after needs a group.");
    }
    return tasks.mine(subject, role(role), TaskProjectsController.zone(zone), key, after, limit);
  }

  private static @Nullable MyTaskGroupKey group(@Nullable String group) {
    if (group == null || group.isBlank()) {
      return null;
    }
    try {
      return MyTaskGroupKey.valueOf(group.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw DomainException.badRequest(
          "task.filter-invalid", "group is overdue, today, upcoming, none or done.");
    }
  }

  static @Nullable String role(@Nullable String role) {
    if (role == null || role.isBlank()) {
      return null;
    }
    String value = role.strip().toUpperCase(Locale.ROOT);
    if (!value.equals("ASSIGNEE") && !value.equals("FOLLOWER")) {
      throw DomainException.badRequest("task.filter-invalid", "role is assignee or follower.");
    }
    return value;
  }
}
