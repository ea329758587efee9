package dev.atrium.task.web;

import dev.atrium.access.Subject;
import dev.atrium.task.Projects;
import dev.atrium.task.Section;
import dev.atrium.task.UpdateSection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tasks")
@RestController
class TaskSectionsController {

  private final Projects projects;

  TaskSectionsController(Projects projects) {
    this.projects = projects;
  }

  @PatchMapping("/api/v1/task-sections/{id}")
  @Operation(summary = "Renames a section or moves it among the others (the project's managers)")
  Section update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody UpdateSection command) {
    return projects.updateSection(subject, id, command);
  }

  @DeleteMapping("/api/v1/task-sections/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Deletes a section; a section holding tasks needs moveTo, another section of the"
          + " project, where they go")
  void delete(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable UUID moveTo) {
    projects.deleteSection(subject, id, moveTo);
  }

  @DeleteMapping("/api/v1/task-views/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Deletes one of my saved views")
  void deleteView(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    projects.deleteView(subject, id);
  }
}
