package dev.atrium.task.web;

import dev.atrium.access.Subject;
import dev.atrium.task.TaskComment;
import dev.atrium.task.TaskComments;
import dev.atrium.task.WriteTaskComment;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A task's comments (docs/tasks.md, "Comments"). */
@Tag(name = "Tasks")
@RestController
class TaskCommentsController {

  private final TaskComments comments;

  TaskCommentsController(TaskComments comments) {
    this.comments = comments;
  }

  @GetMapping("/api/v1/tasks/{id}/comments")
  List<TaskComment> comments(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return comments.list(subject, id);
  }

  @PostMapping("/api/v1/tasks/{id}/comments")
  @ResponseStatus(HttpStatus.CREATED)
  TaskComment write(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteTaskComment command) {
    return comments.write(subject, id, command);
  }

  @PatchMapping("/api/v1/task-comments/{id}")
  TaskComment edit(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteTaskComment command) {
    return comments.edit(subject, id, command);
  }

  @DeleteMapping("/api/v1/task-comments/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    comments.delete(subject, id);
  }
}
