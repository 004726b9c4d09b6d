package io.odigos.console.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WatchesTest {

  @Test
  void aWatchThatFailsTwiceIsStartedOnTheThirdTry() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    AutoCloseable w = () -> {};
    AutoCloseable started =
        Watches.start(
            () -> {
              if (tries.incrementAndGet() < 3) {
                throw new IllegalStateException("storage is (re)initializing");
              }
              return w;
            },
            4,
            Duration.ofMillis(1));
    assertThat(started).isSameAs(w);
    assertThat(tries).hasValue(3);
  }

  @Test
  void theLastFailureIsReported() {
    AtomicInteger tries = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Watches.start(
                    () -> {
                      tries.incrementAndGet();
                      throw new IllegalStateException("forbidden");
                    },
                    3,
                    Duration.ofMillis(1)))
        .hasMessage("forbidden");
    assertThat(tries).hasValue(3);
  }
}
