package dev.atrium.mail;

import jakarta.validation.constraints.NotNull;

/** An answer to an invitation that came by mail. */
public record AnswerMailInvitation(@NotNull Answer answer) {

  /** iCalendar's PARTSTAT values for an answer (RFC 5545). */
  public enum Answer {
    ACCEPTED,
    TENTATIVE,
    DECLINED
  }
}
