/** The chat module's REST controllers and their request and response records. */
@NullMarked
package dev.atrium.chat.web;

import org.jspecify.annotations.NullMarked;
