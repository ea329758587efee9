/**
 * The notification centre: one stream per person of what needs their attention (mentions,
 * comments, edits of pages they watch), their read state and their preferences. Other modules'
 * events come in through small listeners in {@code internal}; nothing here is called from another
 * module's transaction.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "org", "realtime", "doc"})
@NullMarked
package dev.atrium.notify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
