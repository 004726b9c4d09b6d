package io.odigos.odiglet.ebpf.libbpf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibbpfLogTest {
  @Test
  void aShortMessageIsLoggedWhole() {
    String m = "libbpf: prog 'x': failed to load: -13";
    assertThat(LibbpfNative.shortened(m)).isEqualTo(m);
  }

  @Test
  void aLongVerifierLogKeepsItsBeginningAndItsEnd() {
    String log =
        "-- BEGIN PROG LOAD LOG --\n"
            + "0: R1=ctx() R10=fp0\n".repeat(5_000)
            + "R2 min value is negative, either use unsigned or 'var &= const'\n"
            + "-- END PROG LOAD LOG --";
    String s = LibbpfNative.shortened(log);
    assertThat(s.length()).isLessThan(16 * 1024);
    assertThat(s).startsWith("-- BEGIN PROG LOAD LOG --\n0: R1=ctx()");
    assertThat(s)
        .endsWith(
            "R2 min value is negative, either use unsigned or 'var &= const'\n"
                + "-- END PROG LOAD LOG --");
    assertThat(s).contains("characters left out");
  }
}
