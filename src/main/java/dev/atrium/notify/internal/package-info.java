/** What the notify module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.notify.internal;

import org.jspecify.annotations.NullMarked;
