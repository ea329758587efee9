/** What the chat module keeps to itself: tables, policies, listeners; other modules may not use it. */
@NullMarked
package dev.atrium.chat.internal;

import org.jspecify.annotations.NullMarked;
