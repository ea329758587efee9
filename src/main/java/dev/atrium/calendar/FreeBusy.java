package dev.atrium.calendar;

import java.util.List;

/** Busy blocks of people and rooms side by side, in the order they were asked for. */
public record FreeBusy(List<FreeBusyPerson> people, List<FreeBusyRoom> rooms) {}
