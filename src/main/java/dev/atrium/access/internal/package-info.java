/** What the access module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.access.internal;

import org.jspecify.annotations.NullMarked;
