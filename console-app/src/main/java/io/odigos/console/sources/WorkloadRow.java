package io.odigos.console.sources;

import io.odigos.console.describe.WorkloadKey;
import java.util.Locale;

/**
 * One workload of the Sources table.
 *
 * @param language the detected languages of its containers, "" if not detected (yet)
 * @param runtimeVersion their runtime versions, "" if unknown
 * @param reason why it is not instrumented (or what it waits for), in words; "" when instrumented
 * @param sourceText the Source that decides about it, in words; "" if none
 */
public record WorkloadRow(
    WorkloadKey key,
    String language,
    String runtimeVersion,
    AgentState state,
    String reason,
    String sourceText,
    String searchKey)
    implements SourcesRow {

  public static WorkloadRow of(
      WorkloadKey key,
      String language,
      String runtimeVersion,
      AgentState state,
      String reason,
      String sourceText) {
    String search =
        String.join(
                " ",
                key.namespace(),
                key.kind(),
                key.name(),
                language,
                runtimeVersion,
                state.label(),
                reason,
                sourceText)
            .toLowerCase(Locale.ROOT);
    return new WorkloadRow(key, language, runtimeVersion, state, reason, sourceText, search);
  }

  @Override
  public String namespace() {
    return key.namespace();
  }
}
