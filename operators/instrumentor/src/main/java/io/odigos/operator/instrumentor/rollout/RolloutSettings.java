package io.odigos.operator.instrumentor.rollout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rollout and rollback settings, read from the {@code config.yaml} of the scheduler's {@code
 * effective-config} ConfigMap with upstream Odigos key names. A missing key takes its default; an
 * unusable value takes its default too and is reported in {@link Parsed#problems()}.
 *
 * @param automaticRolloutDisabled {@code rollout.automaticRolloutDisabled} (default false): never
 *     restart workloads to apply agent changes; new pods still get them
 * @param maxConcurrentRollouts {@code rollout.maxConcurrentRollouts} (default {@value
 *     #DEFAULT_MAX_CONCURRENT_ROLLOUTS}): how many workloads may be rolling out because of Odigos
 *     at once; 0 or less means no limit
 * @param rollbackDisabled {@code rollbackDisabled} (default false): never disable agents because
 *     instrumented pods crash
 * @param rollbackGraceTime {@code rollbackGraceTime} (default 5m, a Go duration such as {@code 90s}
 *     or {@code 1h30m}): how long after agents change a crash-looping pod counts as caused by them
 */
public record RolloutSettings(
    boolean automaticRolloutDisabled,
    int maxConcurrentRollouts,
    boolean rollbackDisabled,
    Duration rollbackGraceTime) {
  public static final int DEFAULT_MAX_CONCURRENT_ROLLOUTS = 10;
  public static final Duration DEFAULT_ROLLBACK_GRACE_TIME = Duration.ofMinutes(5);
  public static final RolloutSettings DEFAULTS =
      new RolloutSettings(
          false, DEFAULT_MAX_CONCURRENT_ROLLOUTS, false, DEFAULT_ROLLBACK_GRACE_TIME);

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  /** The settings and what could not be used, each problem naming its key. */
  public record Parsed(RolloutSettings settings, List<String> problems) {
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  /** True when at most {@link #maxConcurrentRollouts()} workloads may roll at once. */
  public boolean limitsConcurrency() {
    return maxConcurrentRollouts > 0;
  }

  /** Reads the settings from a {@code config.yaml} document; null or blank gives the defaults. */
  public static Parsed fromConfigYaml(String yaml) {
    if (yaml == null || yaml.isBlank()) {
      return new Parsed(DEFAULTS, List.of());
    }
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      return new Parsed(DEFAULTS, List.of("config.yaml is not valid YAML; rollout defaults used"));
    }
    if (root == null || !root.isObject()) {
      return new Parsed(DEFAULTS, List.of());
    }
    List<String> problems = new ArrayList<>();
    JsonNode rollout = root.path("rollout");
    boolean disabled =
        bool(
            rollout.path("automaticRolloutDisabled"), "rollout.automaticRolloutDisabled", problems);
    int max = DEFAULT_MAX_CONCURRENT_ROLLOUTS;
    JsonNode maxNode = rollout.path("maxConcurrentRollouts");
    if (maxNode.isIntegralNumber()) {
      max = maxNode.asInt();
    } else if (!maxNode.isMissingNode() && !maxNode.isNull()) {
      problems.add("rollout.maxConcurrentRollouts must be a whole number");
    }
    boolean rollbackDisabled = bool(root.path("rollbackDisabled"), "rollbackDisabled", problems);
    Duration grace = DEFAULT_ROLLBACK_GRACE_TIME;
    JsonNode graceNode = root.path("rollbackGraceTime");
    if (graceNode.isTextual() && !graceNode.asText().isBlank()) {
      try {
        grace = parseGoDuration(graceNode.asText());
      } catch (IllegalArgumentException e) {
        problems.add("rollbackGraceTime " + e.getMessage());
      }
    } else if (!graceNode.isMissingNode() && !graceNode.isNull() && !graceNode.isTextual()) {
      problems.add("rollbackGraceTime must be a duration such as 5m");
    }
    return new Parsed(new RolloutSettings(disabled, max, rollbackDisabled, grace), problems);
  }

  private static boolean bool(JsonNode node, String key, List<String> problems) {
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isTextual() && ("true".equals(node.asText()) || "false".equals(node.asText()))) {
      return Boolean.parseBoolean(node.asText());
    }
    if (!node.isMissingNode() && !node.isNull()) {
      problems.add(key + " must be true or false");
    }
    return false;
  }

  /**
   * Parses a Go {@code time.Duration} string: a sequence of decimal numbers with units ns, us, ms,
   * s, m, h, e.g. {@code 300ms}, {@code 1.5h}, {@code 2h45m}; a bare {@code 0} is zero.
   */
  static Duration parseGoDuration(String text) {
    String s = text.strip();
    if ("0".equals(s)) {
      return Duration.ZERO;
    }
    Matcher m = DURATION_PART.matcher(s);
    int at = 0;
    double nanos = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException(
            "must be a duration such as 90s or 5m, not " + quoted(s));
      }
      nanos += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
      at = m.end();
    }
    if (at == 0) {
      throw new IllegalArgumentException("must be a duration such as 90s or 5m, not " + quoted(s));
    }
    return Duration.ofNanos(Math.round(nanos));
  }

  private static double unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1;
      case "us", "µs" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "m" -> 60e9;
      case "h" -> 3600e9;
      default -> throw new IllegalArgumentException("unknown unit " + unit);
    };
  }

  private static String quoted(String s) {
    return "\"" + (s.length() > 20 ? s.substring(0, 20) + "..." : s) + "\"";
  }
}
