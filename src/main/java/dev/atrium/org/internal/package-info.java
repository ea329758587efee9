/** What the org module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.org.internal;

import org.jspecify.annotations.NullMarked;
