/** What the search module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.search.internal;

import org.jspecify.annotations.NullMarked;
