/** What the realtime module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.realtime.internal;

import org.jspecify.annotations.NullMarked;
