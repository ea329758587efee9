package dev.atrium.files;

import dev.atrium.access.Subject;
import java.util.UUID;

/**
 * Answers "may this person read what this file is attached to" for one kind of owner (chat's
 * messages, later documents or tasks). The owning module implements it, so files knows no feature.
 */
public interface FileReadPolicy {

  /** The owner kind this policy decides for, e.g. {@code chat.message}. */
  String ownerKind();

  boolean mayRead(Subject subject, UUID ownerId);
}
