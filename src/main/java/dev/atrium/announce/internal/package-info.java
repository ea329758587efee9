/** What the announce module keeps to itself: tables, listeners, jobs; other modules may not use it. */
@NullMarked
package dev.atrium.announce.internal;

import org.jspecify.annotations.NullMarked;
