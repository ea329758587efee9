/** The one place that answers "may subject S do action A on resource R", and the role grants behind it. */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.atrium.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
