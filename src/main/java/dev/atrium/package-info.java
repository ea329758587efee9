/** The application's entry point; each module is a package beside it. */
@NullMarked
package dev.atrium;

import org.jspecify.annotations.NullMarked;
