package io.odigos.console.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputsTest {

  @Test
  void listsSplitOnCommasAndLines() {
    assertThat(Inputs.list(" a, b\n\nc ,")).containsExactly("a", "b", "c");
    assertThat(Inputs.list(null)).isEmpty();
  }

  @Test
  void pairsReportLinesWithoutEquals() {
    List<String> problems = new ArrayList<>();
    assertThat(Inputs.pairs("a=1\n b = 2 \nnope", "Attributes", problems))
        .containsEntry("a", "1")
        .containsEntry("b", "2")
        .hasSize(2);
    assertThat(problems).containsExactly("Attributes: \"nope\" is not key=value");
  }

  @Test
  void numbersAreCheckedAgainstTheirRange() {
    List<String> problems = new ArrayList<>();
    assertThat(Inputs.number("50", "P", 0, 100, problems)).contains(50.0);
    assertThat(Inputs.number("150", "P", 0, 100, problems)).isEmpty();
    assertThat(Inputs.number("x", "P", 0, 100, problems)).isEmpty();
    assertThat(problems)
        .containsExactly("P must be from 0 to 100", "P must be a number, not \"x\"");
  }

  @Test
  void objectNamesAreDnsLabels() {
    assertThat(Inputs.objectName("action", "Cluster Name (prod)!"))
        .isEqualTo("action-cluster-name-prod");
    assertThat(Inputs.objectName("action", "  ??")).isEmpty();
    assertThat(Inputs.objectName("rule", "x".repeat(100))).hasSizeLessThanOrEqualTo(63);
  }

  @Test
  void rendererMessagesBecomeSentences() {
    assertThat(Inputs.sentences("action a-b: deleteAttribute needs keys; and more"))
        .containsExactly("DeleteAttribute needs keys", "And more");
  }
}
