package dev.atrium.announce.web;

import dev.atrium.access.Subject;
import dev.atrium.announce.Reminded;
import dev.atrium.announce.ReminderPlan;
import dev.atrium.announce.Reminders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Announcements", description = "Announcements, receipts and their statistics")
@RestController
class RemindersController {

  private final Reminders reminders;

  RemindersController(Reminders reminders) {
    this.reminders = reminders;
  }

  @Operation(summary = "Remind everyone who has not read (or confirmed) the announcement, now")
  @PostMapping("/api/v1/announcements/{id}/remind")
  Reminded remind(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return reminders.remind(subject, id);
  }

  @Operation(summary = "When non-readers are reminded, and when their department heads are told")
  @GetMapping("/api/v1/announcements/{id}/reminders")
  ReminderPlan plan(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return reminders.plan(subject, id);
  }

  @Operation(summary = "Replace the announcement's reminder plan")
  @PutMapping("/api/v1/announcements/{id}/reminders")
  ReminderPlan setPlan(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody ReminderPlan plan) {
    return reminders.setPlan(subject, id, plan);
  }
}
