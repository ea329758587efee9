package dev.atrium.task.web;

import dev.atrium.access.Subject;
import dev.atrium.task.AnnouncementTaskPlan;
import dev.atrium.task.AnnouncementTaskPlans;
import dev.atrium.task.CreateTask;
import dev.atrium.task.Task;
import dev.atrium.task.TaskLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tasks")
@RestController
class TaskLinksController {

  private final TaskLinks links;
  private final AnnouncementTaskPlans plans;

  TaskLinksController(TaskLinks links, AnnouncementTaskPlans plans) {
    this.links = links;
    this.plans = plans;
  }

  @PostMapping("/api/v1/channels/{id}/messages/{seq}/task")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Makes a task of a chat message (whoever may read it) and answers the message with the task's card")
  Task fromMessage(
      @AuthenticationPrincipal Subject subject,
      @PathVariable("id") UUID channelId,
      @PathVariable long seq,
      @Valid @RequestBody CreateTask command) {
    return links.fromMessage(subject, channelId, seq, command);
  }

  @PostMapping("/api/v1/pages/{id}/task")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Makes a task of a page's checklist item (whoever may read the page); the page is its source")
  Task fromPage(
      @AuthenticationPrincipal Subject subject,
      @PathVariable("id") UUID pageId,
      @Valid @RequestBody CreateTask command) {
    return links.fromPage(subject, pageId, command);
  }

  @PostMapping("/api/v1/mail/messages/{id}/task")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Makes a task of a mail (a reader of its mailbox): its subject and text unless given; the mail is its source")
  Task fromMail(
      @AuthenticationPrincipal Subject subject,
      @PathVariable("id") UUID messageId,
      @Valid @RequestBody CreateTask command) {
    return links.fromMail(subject, messageId, command);
  }

  @GetMapping("/api/v1/announcements/{id}/task")
  @Operation(summary = "The task the announcement gives each recipient on publication")
  AnnouncementTaskPlan plan(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return plans.get(subject, id);
  }

  @PutMapping("/api/v1/announcements/{id}/task")
  @Operation(
      summary =
          "Gives the announcement a task for each recipient (its editors, before publication)")
  AnnouncementTaskPlan setPlan(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody AnnouncementTaskPlan plan) {
    return plans.plan(subject, id, plan);
  }

  @DeleteMapping("/api/v1/announcements/{id}/task")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Takes the task off the announcement (its editors, before publication)")
  void dropPlan(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    plans.drop(subject, id);
  }
}
