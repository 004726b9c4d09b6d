package io.odigos.odiglet.ebpf.attach;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.odiglet.ebpf.golang.GoServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GoProcessConfigTest {

  /** The C struct the probes read, field by field: its comments name the table keys. */
  @Test
  void fieldsFollowTheCStructInOrder() throws Exception {
    Path header =
        GoServices.moduleDir().resolveSibling("bpf/src/main/c/include/go_offsets.h").normalize();
    String c = Files.readString(header);
    String body = c.substring(c.indexOf("struct go_proc_config {"), c.indexOf("};"));
    List<String> keys = new ArrayList<>();
    Matcher m = Pattern.compile("__u64 (\\w+);\\s*/\\* (\\S+)").matcher(body);
    while (m.find()) {
      if (!m.group(1).equals("flags")) {
        keys.add(m.group(2));
      }
    }
    assertThat(keys).isEqualTo(GoProcessConfig.FIELDS);
    assertThat(GoProcessConfig.SIZE).isEqualTo(8 * (keys.size() + 1));
  }

  @Test
  void theGrpcStreamIsFollowedThroughAPointerOnlyFrom169To176() {
    assertThat(GoProcessConfig.grpcStreamEmbeddedByPointer("v1.68.1")).isFalse();
    assertThat(GoProcessConfig.grpcStreamEmbeddedByPointer("v1.69.0")).isTrue();
    assertThat(GoProcessConfig.grpcStreamEmbeddedByPointer("v1.76.0")).isTrue();
    assertThat(GoProcessConfig.grpcStreamEmbeddedByPointer("v1.77.0")).isFalse();
    assertThat(GoProcessConfig.grpcStreamEmbeddedByPointer("(devel)")).isFalse();
  }

  @Test
  void flagsCombinePropagationMapsAndStreamLayout() {
    assertThat(GoProcessConfig.flags(false, "go1.21.13", Optional.of("v1.66.3"))).isZero();
    assertThat(GoProcessConfig.flags(true, "go1.24.1", Optional.of("v1.72.2")))
        .isEqualTo(
            GoProcessConfig.FLAG_PROPAGATE
                | GoProcessConfig.FLAG_SWISS_MAPS
                | GoProcessConfig.FLAG_GRPC_STREAM_POINTER);
    assertThat(GoProcessConfig.flags(false, "go1.26.8", Optional.empty()))
        .isEqualTo(GoProcessConfig.FLAG_SWISS_MAPS);
  }
}
