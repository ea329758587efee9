/** What the files module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.files.internal;

import org.jspecify.annotations.NullMarked;
