package dev.atrium.shared;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.UUID;

/** UUIDv7 ids: not guessable, still ordered by creation time. */
public final class Ids {

  private Ids() {}

  public static UUID newId() {
    return UuidCreator.getTimeOrderedEpoch();
  }
}
