/** The data directory, the embedded PostgreSQL and each module's migrations. */
@NullMarked
package dev.atrium.shared.data;

import org.jspecify.annotations.NullMarked;
