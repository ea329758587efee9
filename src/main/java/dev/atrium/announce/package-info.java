/**
 * Announcements (公告): a company's formal notices to chosen departments, groups and people, with
 * must-read confirmation, receipts, versions, an approval step and who may publish to whom.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "access",
      "org::directory",
      "org::events",
      "files",
      "search",
      "realtime",
      "notify",
      "chat::alerts"
    })
@NullMarked
package dev.atrium.announce;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
