package dev.atrium.task.web;

import dev.atrium.access.Subject;
import dev.atrium.shared.DomainException;
import dev.atrium.task.Board;
import dev.atrium.task.CreateProject;
import dev.atrium.task.CreateSection;
import dev.atrium.task.DueFilter;
import dev.atrium.task.Priority;
import dev.atrium.task.Project;
import dev.atrium.task.ProjectGrant;
import dev.atrium.task.ProjectSummary;
import dev.atrium.task.Projects;
import dev.atrium.task.ReplaceProjectGrants;
import dev.atrium.task.SaveView;
import dev.atrium.task.SavedView;
import dev.atrium.task.Section;
import dev.atrium.task.TaskFilter;
import dev.atrium.task.TaskState;
import dev.atrium.task.Tasks;
import dev.atrium.task.UpdateProject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Tasks",
    description = "Projects, sections, boards, tasks, My tasks, saved views and task history")
@RestController
@RequestMapping("/api/v1/task-projects")
class TaskProjectsController {

  private final Projects projects;
  private final Tasks tasks;

  TaskProjectsController(Projects projects, Tasks tasks) {
    this.projects = projects;
    this.tasks = tasks;
  }

  @GetMapping
  @Operation(summary = "The projects I may view, by name (archived ones too with archived=true)")
  List<ProjectSummary> mine(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(defaultValue = "false") boolean archived) {
    return projects.mine(subject, archived);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Opens a project; its creator manages it")
  Project create(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody CreateProject command) {
    return projects.create(subject, command);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A project with its sections, my capabilities and its stream's position")
  Project get(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return projects.get(subject, id);
  }

  @PatchMapping("/{id}")
  @Operation(summary = "Changes name, description, colour or archiving (its managers)")
  Project update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody UpdateProject command) {
    return projects.update(subject, id, command);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Deletes the project and its tasks for good (its managers)")
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    projects.delete(subject, id);
  }

  @GetMapping("/{id}/grants")
  @Operation(summary = "Who may view, edit or manage the project (its managers only)")
  List<ProjectGrant> grants(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return projects.grants(subject, id);
  }

  @PutMapping("/{id}/grants")
  @Operation(summary = "Replaces the project's grants; a person or department stays manager")
  List<ProjectGrant> replaceGrants(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody ReplaceProjectGrants command) {
    return projects.replaceGrants(subject, id, command);
  }

  @PostMapping("/{id}/sections")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Appends a section (a board's column) after the last (its managers)")
  Section addSection(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody CreateSection command) {
    return projects.addSection(subject, id, command);
  }

  @GetMapping("/{id}/tasks")
  @Operation(
      summary = "The board: top-level tasks in section and rank order, and the stream position",
      description = "Filters: assignee (ids), due (overdue, today, week, none; today and week in"
          + " zone, default UTC), priority, tag, state. Several values of one filter match any.")
  Board board(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable List<UUID> assignee,
      @RequestParam(required = false) @Nullable String due,
      @RequestParam(required = false) @Nullable List<Priority> priority,
      @RequestParam(required = false) @Nullable List<String> tag,
      @RequestParam(required = false) @Nullable TaskState state,
      @RequestParam(required = false) @Nullable String zone) {
    TaskFilter filter = new TaskFilter(assignee, due(due), priority, tag, state);
    return tasks.board(subject, id, filter, zone(zone));
  }

  @GetMapping("/{id}/views")
  @Operation(summary = "My saved views of the project's board")
  List<SavedView> views(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return projects.views(subject, id);
  }

  @PostMapping("/{id}/views")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Saves a filter of the board for me under a name")
  SavedView saveView(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody SaveView command) {
    return projects.saveView(subject, id, command);
  }

  static @Nullable DueFilter due(@Nullable String due) {
    if (due == null || due.isBlank()) {
      return null;
    }
    try {
      return DueFilter.valueOf(due.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.badRequest(
          "task.filter-invalid", "due is one of overdue, today, week, none.");
    }
  }

  static ZoneId zone(@Nullable String zone) {
    if (zone == null || zone.isBlank()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw DomainException.badRequest(
          "task.time-zone-invalid", "The time zone is not one of the IANA database's.");
    }
  }
}
