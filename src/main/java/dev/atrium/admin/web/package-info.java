/** The admin module's REST controllers and their request and response records. */
@NullMarked
package dev.atrium.admin.web;

import org.jspecify.annotations.NullMarked;
