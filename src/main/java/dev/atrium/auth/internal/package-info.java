/** What the auth module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.auth.internal;

import org.jspecify.annotations.NullMarked;
