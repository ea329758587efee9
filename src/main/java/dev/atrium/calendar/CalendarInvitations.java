package dev.atrium.calendar;

import java.util.List;

/** My invitations waiting for an answer, soonest first (at most 100). */
public record CalendarInvitations(List<CalendarInvitation> invitations) {}
