/** The administrator's console: the audit log, role administration; later retention, rollout, backups. */
@ApplicationModule(allowedDependencies = {"shared", "access", "org::directory", "org::events"})
@NullMarked
package dev.atrium.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
