package dev.atrium.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.atrium.IntegrationTest;
import dev.atrium.shared.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A resource's position is its newest entry: writers serialised by realtime's lock never share or
 * skip one, and an owner that supplies its own position cannot store any but the next.
 */
@IntegrationTest
class StreamsTest {

  /** A stream kind of this test's own, so its entries touch no module's resources. */
  sealed interface Counted {}

  @JsonTypeName("counted")
  record Count(long seq) implements Counted {}

  private static final StreamKind<Counted> KIND =
      new StreamKind<>("test.counted", Counted.class, new StreamAudience() {
        @Override
        public Collection<UUID> followedBy(UUID personId) {
          return List.of();
        }

        @Override
        public Collection<UUID> audience(UUID resourceId) {
          return List.of();
        }
      });

  @Autowired
  Streams streams;

  @Autowired
  TransactionTemplate tx;

  @Test
  void concurrentWritersOfOneResourceTakeEveryPositionOnce() throws Exception {
    UUID resource = Ids.newId();
    int writers = 4;
    int each = 10;
    List<Callable<Void>> work = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      work.add(() -> {
        for (int i = 0; i < each; i++) {
          tx.executeWithoutResult(
              status -> streams.append(KIND, resource, Instant.now(), Set.of(), Count::new));
        }
        return null;
      });
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      for (Future<Void> done : pool.invokeAll(work)) {
        done.get();
      }
    }

    StreamPage page = streams.page(KIND, resource, 0);
    assertThat(page.lastSeq()).isEqualTo(writers * each);
    assertThat(page.entries())
        .extracting(StreamEntry::seq)
        .containsExactlyElementsOf(
            LongStream.rangeClosed(1, writers * each).boxed().toList());
    assertThat(page.entries())
        .as("each event was made for the position it stands at")
        .allSatisfy(entry -> assertThat(entry.event().get("seq").asLong()).isEqualTo(entry.seq()));
  }

  @Test
  void anOwnersPositionIsStoredOnlyWhenItIsTheNextOne() {
    UUID resource = Ids.newId();
    tx.executeWithoutResult(
        status -> streams.appendAt(KIND, resource, 1, Instant.now(), Set.of(), new Count(1)));

    assertThatThrownBy(() -> tx.executeWithoutResult(
            status -> streams.appendAt(KIND, resource, 3, Instant.now(), Set.of(), new Count(3))))
        .as("a gap")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tx.executeWithoutResult(
            status -> streams.appendAt(KIND, resource, 1, Instant.now(), Set.of(), new Count(1))))
        .as("a position taken")
        .isInstanceOf(IllegalStateException.class);
    tx.executeWithoutResult(
        status -> streams.appendAt(KIND, resource, 2, Instant.now(), Set.of(), new Count(2)));

    StreamPage page = streams.page(KIND, resource, 0);
    assertThat(page.entries()).extracting(StreamEntry::seq).containsExactly(1L, 2L);
    assertThat(page.lastSeq()).isEqualTo(2);
  }

  @Test
  void outsideATransactionNothingIsAppended() {
    UUID resource = Ids.newId();
    assertThatThrownBy(
            () -> streams.appendAt(KIND, resource, 1, Instant.now(), Set.of(), new Count(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(streams.page(KIND, resource, 0).lastSeq()).isZero();
  }
}
