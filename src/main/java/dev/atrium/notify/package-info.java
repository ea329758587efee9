/**
 * The notification centre: one stream per person of what needs their attention, their read state,
 * their preferences per kind, do-not-disturb hours and digests of what they missed. It knows no
 * feature: modules declare their kinds ({@link dev.atrium.notify.NoticeKinds}) and publish
 * {@link dev.atrium.notify.NoticeRequest}s through {@link dev.atrium.notify.Notices} from their own
 * durable listeners; nothing here is called from another module's transaction.
 */
@ApplicationModule(
    allowedDependencies = {"shared", "access", "org::directory", "org::events", "realtime"})
@NullMarked
package dev.atrium.notify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
