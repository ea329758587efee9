/** What the admin module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.admin.internal;

import org.jspecify.annotations.NullMarked;
