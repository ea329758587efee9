/** The notify module's REST controllers and their request and response records. */
@NullMarked
package dev.atrium.notify.web;

import org.jspecify.annotations.NullMarked;
