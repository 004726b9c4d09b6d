package io.odigos.odiglet.ebpf.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProcessTableTest {
  private static ProcessTelemetry process(int tgid) {
    return ProcessTelemetry.of(Map.of("service.name", "s" + tgid), tgid, "go1.26.0", "");
  }

  @Test
  void findsWhatWasPutAndNothingElse() {
    ProcessTable t = new ProcessTable();
    ProcessTelemetry a = process(4242);
    ProcessTelemetry b = process(17);
    t.put(4242, a);
    t.put(17, b);
    assertThat(t.get(4242)).isSameAs(a);
    assertThat(t.get(17)).isSameAs(b);
    assertThat(t.get(4243)).isNull();
    assertThat(t.get(0)).isNull();
    ProcessTelemetry a2 = process(4242);
    t.put(4242, a2);
    assertThat(t.get(4242)).isSameAs(a2);
    assertThat(t.size()).isEqualTo(2);
    t.remove(17);
    t.remove(99); // not there: nothing happens
    assertThat(t.get(17)).isNull();
    assertThat(t.get(4242)).isSameAs(a2);
    assertThat(t.size()).isEqualTo(1);
  }

  @Test
  void agreesWithAHashMapOverRandomChanges() {
    ProcessTable t = new ProcessTable();
    Map<Integer, ProcessTelemetry> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      int tgid = random.nextInt(200);
      if (random.nextInt(3) == 0) {
        t.remove(tgid);
        expected.remove(tgid);
      } else {
        ProcessTelemetry p = process(tgid);
        t.put(tgid, p);
        expected.put(tgid, p);
      }
      int probe = random.nextInt(200);
      assertThat(t.get(probe)).isSameAs(expected.get(probe));
    }
    assertThat(t.size()).isEqualTo(expected.size());
  }
}
