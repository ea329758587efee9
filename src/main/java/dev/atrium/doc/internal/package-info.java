/** What the doc module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.doc.internal;

import org.jspecify.annotations.NullMarked;
