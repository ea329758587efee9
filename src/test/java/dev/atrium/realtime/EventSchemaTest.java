package dev.atrium.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** An event that does not match its schema is refused where it is made, whenever tests run. */
class EventSchemaTest {

  sealed interface Sample {
    @JsonTypeName("sample.noted")
    record Noted(UUID id, @Nullable String note, List<Part> parts) implements Sample {}
  }

  record Part(String name) {}

  sealed interface Unnamed {
    record Nameless(UUID id) implements Unnamed {}
  }

  private static final StreamAudience NOBODY = new StreamAudience() {
    @Override
    public Collection<UUID> followedBy(UUID personId) {
      return List.of();
    }

    @Override
    public Collection<UUID> audience(UUID resourceId) {
      return List.of();
    }
  };

  private final StreamKind<Sample> kind = new StreamKind<>("test.sample", Sample.class, NOBODY);

  @Test
  void testsRunWithTheCheckOn() {
    assertThat(Streams.class.desiredAssertionStatus())
        .as("Streams checks events when assertions are on")
        .isTrue();
  }

  @Test
  void aNullWhereTheSchemaRequiresAValueIsRefused() {
    assertThatCode(() -> EventSchema.check(
            kind, new Sample.Noted(UUID.randomUUID(), null, List.of(new Part("a")))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> EventSchema.check(kind, new Sample.Noted(null, "x", List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Noted.id");
    assertThatThrownBy(() -> EventSchema.check(
            kind, new Sample.Noted(UUID.randomUUID(), null, List.of(new Part(null)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parts[].name");
    assertThatThrownBy(() -> EventSchema.check(
            kind, new Sample.Noted(UUID.randomUUID(), null, Arrays.asList((Part) null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds a null");
  }

  @Test
  void anEventOfAnotherKindIsRefused() {
    assertThatThrownBy(() -> EventSchema.check(kind, new Part("not an event")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.sample");
  }

  @Test
  void aKindWhoseEventsAreNotNamedIsRefusedWhenDeclared() {
    assertThatThrownBy(() -> new StreamKind<>("test.unnamed", Unnamed.class, NOBODY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@JsonTypeName");
  }
}
