/** The task module's REST controllers. */
@NullMarked
package dev.atrium.task.web;

import org.jspecify.annotations.NullMarked;
