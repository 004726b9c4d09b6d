package io.odigos.odiglet.ebpf.libbpf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reader's wait between drains: the poll interval unless the ring fills faster. */
class RingBufferPollTest {
  private static final long POLL = 50_000_000;
  private static final long QUARTER = 256 * 1024;

  @Test
  void waitsTheIntervalWhileAQuarterOfTheRingIsEnough() {
    assertThat(RingBufferReader.nextWaitNanos(0, POLL, QUARTER)).isEqualTo(POLL);
    assertThat(RingBufferReader.nextWaitNanos(QUARTER, POLL, QUARTER)).isEqualTo(POLL);
  }

  @Test
  void waitsLessInProportionWhenMoreCameAndNeverLessThanAMillisecond() {
    assertThat(RingBufferReader.nextWaitNanos(2 * QUARTER, POLL, QUARTER)).isEqualTo(POLL / 2);
    assertThat(RingBufferReader.nextWaitNanos(4 * QUARTER, POLL, QUARTER)).isEqualTo(POLL / 4);
    assertThat(RingBufferReader.nextWaitNanos(1000 * QUARTER, POLL, QUARTER)).isEqualTo(1_000_000);
  }
}
