package dev.atrium.task;

import java.util.List;

/**
 * The tasks on my plate in their groups, each with its count and first page: every group when no
 * group was asked for, else that one group's next page.
 */
public record MyTasks(List<MyTaskGroup> groups) {}
