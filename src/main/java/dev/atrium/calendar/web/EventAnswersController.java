package dev.atrium.calendar.web;

import dev.atrium.access.Subject;
import dev.atrium.calendar.AnswerEvent;
import dev.atrium.calendar.CalendarInvitations;
import dev.atrium.calendar.EventDetail;
import dev.atrium.calendar.EventProposal;
import dev.atrium.calendar.Invitations;
import dev.atrium.calendar.ProposeTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Calendar")
@RestController
class EventAnswersController {

  private final Invitations invitations;

  EventAnswersController(Invitations invitations) {
    this.invitations = invitations;
  }

  @PostMapping("/api/v1/events/{id}/answer")
  @Operation(
      summary = "Answers an invitation (ACCEPTED, TENTATIVE or DECLINED, with a note) for the"
          + " event or, with occurrence, one occurrence of a series; the organiser sees it live")
  EventDetail answer(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody AnswerEvent command) {
    return invitations.answer(subject, id, command);
  }

  @PostMapping("/api/v1/events/{id}/proposals")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Proposes another time for the event to its organiser (attendees only)")
  EventProposal propose(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody ProposeTime command) {
    return invitations.propose(subject, id, command);
  }

  @GetMapping("/api/v1/calendar/invitations")
  @Operation(summary = "My invitations waiting for an answer, soonest first")
  CalendarInvitations invitations(@AuthenticationPrincipal Subject subject) {
    return invitations.pending(subject);
  }
}
