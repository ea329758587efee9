/** What truly every module needs: ids, errors as problem details, the data directory, audit facts. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.atrium.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
