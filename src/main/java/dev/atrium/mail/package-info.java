/**
 * Mail (邮件): an address in the company's domains for each person, shared mailboxes and mailing
 * lists that follow the org tree; webmail with folders, labels, conversations and drafts; a bridge
 * to the outside world over real SMTP, in and out (issue #17).
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
package dev.atrium.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
