package dev.atrium.task.internal;

import dev.atrium.task.Section;
import java.util.UUID;

/** A section with the project it belongs to. */
public record SectionRow(UUID id, UUID projectId, String name, int position) {

  public Section section() {
    return new Section(id, name, position);
  }
}
