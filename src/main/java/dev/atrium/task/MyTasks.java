package dev.atrium.task;

import java.util.List;

/** The tasks on my plate; the client groups them (overdue, today, upcoming, no date, done) in local time. */
public record MyTasks(List<TaskCard> cards) {}
