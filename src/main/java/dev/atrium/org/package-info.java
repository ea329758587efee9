/** People, departments (a tree), groups and memberships; the org chart import; the directory. */
@ApplicationModule(allowedDependencies = {"shared", "access", "search"})
@NullMarked
package dev.atrium.org;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
