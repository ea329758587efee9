/** What the calendar module keeps to itself: tables, recurrence, the stream; other modules may not use it. */
@NullMarked
package dev.atrium.calendar.internal;

import org.jspecify.annotations.NullMarked;
