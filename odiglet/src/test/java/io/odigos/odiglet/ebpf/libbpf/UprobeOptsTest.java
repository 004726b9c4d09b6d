package io.odigos.odiglet.ebpf.libbpf;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

@SuppressWarnings("restricted") // FFM: this package is the one place that calls native code
class UprobeOptsTest {

  @Test
  void layout_is_libbpf_1_1_struct_bpf_uprobe_opts() {
    assertThat(UprobeOpts.SIZE).isEqualTo(40);
    assertThat(UprobeOpts.OFFSET_SZ).isZero();
    assertThat(UprobeOpts.OFFSET_REF_CTR).isEqualTo(8);
    assertThat(UprobeOpts.OFFSET_COOKIE).isEqualTo(16);
    assertThat(UprobeOpts.OFFSET_RETPROBE).isEqualTo(24);
    assertThat(UprobeOpts.OFFSET_FUNC_NAME).isEqualTo(32);
    assertThat(UprobeOpts.LAYOUT.byteAlignment()).isEqualTo(8);
  }

  @Test
  void entry_probe_options_carry_size_and_cookie_and_nothing_else() {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment s = UprobeOpts.entryAtOffset(a, 0x1122334455667788L);
      assertThat(s.byteSize()).isEqualTo(40);
      assertThat(s.get(JAVA_LONG, 0)).isEqualTo(40);
      assertThat(s.get(JAVA_LONG, 8)).isZero();
      assertThat(s.get(JAVA_LONG, 16)).isEqualTo(0x1122334455667788L);
      // retprobe false and the padding zero: libbpf rejects non-zero bytes it does not know
      for (int i = 24; i < 32; i++) {
        assertThat(s.get(JAVA_BYTE, i)).as("byte %d", i).isZero();
      }
      assertThat(s.get(ADDRESS, 32).address()).isZero();
    }
  }

  @Test
  void object_open_options_are_sz_and_name() {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment s = ObjectOpenOpts.named(a, "selftest");
      assertThat(s.byteSize()).isEqualTo(16);
      assertThat(s.get(JAVA_LONG, 0)).isEqualTo(16);
      assertThat(s.get(ADDRESS, 8).reinterpret(16).getString(0)).isEqualTo("selftest");
    }
  }

  @Test
  void errno_names() {
    assertThat(Errno.name(2)).isEqualTo("ENOENT");
    assertThat(Errno.name(-3)).isEqualTo("ESRCH");
    assertThat(Errno.name(4007)).isEqualTo("LIBBPF_ERRNO__VERIFY");
    assertThat(Errno.name(4711)).isEqualTo("errno 4711");
    LibbpfException e = new LibbpfException("attaching x", 22, "Invalid argument");
    assertThat(e.getMessage()).isEqualTo("attaching x failed: EINVAL (Invalid argument)");
    assertThat(e.errnoName()).isEqualTo("EINVAL");
  }
}
