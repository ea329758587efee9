/** Channels, direct conversations, messages, read state, and each channel's stream of what happened. */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "access",
      "org::directory",
      "org::events",
      "realtime",
      "files",
      "search",
      "notify"
    })
@NullMarked
package dev.atrium.chat;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
