/** The calendar module's REST controllers. */
@NullMarked
package dev.atrium.calendar.web;

import org.jspecify.annotations.NullMarked;
