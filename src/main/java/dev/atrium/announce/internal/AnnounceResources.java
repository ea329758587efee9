package dev.atrium.announce.internal;

import dev.atrium.access.ResourceType;

/**
 * The resource type announce declares in {@code access}: a department, on which the publisher role
 * lets its holders publish announcements to everyone in the department's subtree.
 */
public final class AnnounceResources {

  public static final String PUBLISHER = "publisher";

  public static final ResourceType DEPARTMENT =
      ResourceType.named("announce.department", PUBLISHER).allowing("publish", PUBLISHER);

  private AnnounceResources() {}
}
