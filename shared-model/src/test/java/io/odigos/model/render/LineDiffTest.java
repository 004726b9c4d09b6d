package io.odigos.model.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void equalInputsGiveNoDiff() {
    assertThat(LineDiff.unified(List.of("a", "b"), List.of("a", "b"))).isEmpty();
  }

  @Test
  void showsRemovedAndAddedLinesWithTheirNumbers() {
    String diff = LineDiff.unified(List.of("a", "b", "c"), List.of("a", "x", "c", "d"));
    assertThat(diff.lines().toList()).containsExactly("-   2 b", "+   2 x", "+   4 d");
  }
}
