/**
 * Documents and the knowledge base: spaces (a department's, a project's, one person's), their page
 * trees, who may read, edit or administer them, favourites, recently viewed pages and templates.
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
      "notify"
    })
@NullMarked
package dev.atrium.doc;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
