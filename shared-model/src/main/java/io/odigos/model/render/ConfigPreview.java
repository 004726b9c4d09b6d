package io.odigos.model.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What applying a change would do to a collector, before it is applied: the config that would be
 * rendered, its line diff against the config running now, the objects the renderer left out (and
 * why), and, once {@link #validatedBy validated}, what the collector itself says about it.
 *
 * @param collectorProblems empty until validated; then empty when the collector accepts the config
 */
public record ConfigPreview(
    String runningYaml,
    String proposedYaml,
    String diff,
    Map<String, String> destinationErrors,
    Map<String, GatewayRender.Rejection> rejections,
    Optional<Validation> validation) {

  /** The collector's verdict on the proposed config. */
  public record Validation(boolean accepted, String output) {}

  /** Pure: the diff of a gateway rendering against the running config (empty when none runs). */
  public static ConfigPreview of(String runningYaml, GatewayRender proposed) {
    String running = runningYaml == null ? "" : runningYaml;
    return new ConfigPreview(
        running,
        proposed.yaml(),
        LineDiff.unified(lines(running), lines(proposed.yaml())),
        proposed.destinationErrors(),
        proposed.actionErrors(),
        Optional.empty());
  }

  /** Pure: the diff of a node collector rendering against the running config. */
  public static ConfigPreview ofNode(String runningYaml, String proposedYaml) {
    String running = runningYaml == null ? "" : runningYaml;
    return new ConfigPreview(
        running,
        proposedYaml,
        LineDiff.unified(lines(running), lines(proposedYaml)),
        Map.of(),
        Map.of(),
        Optional.empty());
  }

  public boolean changes() {
    return !diff.isEmpty();
  }

  /** The same preview with the collector's verdict on the proposed config. */
  public ConfigPreview validatedBy(ConfigValidator validator) {
    Optional<String> problems = validator.problems(proposedYaml);
    return new ConfigPreview(
        runningYaml,
        proposedYaml,
        diff,
        destinationErrors,
        rejections,
        Optional.of(new Validation(problems.isEmpty(), problems.orElse(""))));
  }

  private static List<String> lines(String yaml) {
    return yaml.isEmpty() ? List.of() : yaml.lines().toList();
  }
}
