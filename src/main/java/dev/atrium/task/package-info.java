/**
 * Tasks (任务): personal, team and department projects with sections (a list and a board), tasks with
 * assignees, followers, dates, priority, tags, subtasks, checklists, attachments, dependencies,
 * recurrence and reminders, their history, My tasks and saved views; live on each project's stream.
 * Tasks are made from chat messages, pages' checklist items, announcements (issue #16) and mail
 * (issue #17).
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "access",
      "org::directory",
      "org::events",
      "files",
      "search",
      "realtime",
      "notify",
      "chat::alerts",
      "chat::messages",
      "announce::tasks",
      "mail::tasks"
    })
@NullMarked
package dev.atrium.task;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
