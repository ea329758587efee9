/**
 * One search over every module. A module joins by contributing a {@link dev.atrium.search.SearchSource}
 * (its documents for a rebuild, the access keys a person holds) and by putting its documents into
 * the {@link dev.atrium.search.SearchIndex} from its own event listeners; nothing here knows a
 * module's tables or rules.
 */
@ApplicationModule(allowedDependencies = {"shared", "access"})
@NullMarked
package dev.atrium.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
