/** What the task module keeps to itself: tables, ranks, recurrence, the stream; other modules may not use it. */
@NullMarked
package dev.atrium.task.internal;

import org.jspecify.annotations.NullMarked;
