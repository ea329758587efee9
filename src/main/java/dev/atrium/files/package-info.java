/**
 * Uploaded files: streamed to a content-addressed store on disk, typed by their bytes, thumbnailed
 * when they are images, and readable by whoever may read the object they are attached to.
 */
@ApplicationModule(allowedDependencies = {"shared", "access"})
@NullMarked
package dev.atrium.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
