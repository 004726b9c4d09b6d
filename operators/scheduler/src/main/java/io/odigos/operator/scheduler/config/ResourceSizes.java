package io.odigos.operator.scheduler.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Memory and CPU of one collector tier: container requests and limits, the collector's
 * memory_limiter (hard limit and spike gap) and GOMEMLIMIT. In a user's section any number may be
 * missing; after {@link #over} every number is set.
 */
public record ResourceSizes(
    Integer requestMemoryMiB,
    Integer limitMemoryMiB,
    Integer requestCPUm,
    Integer limitCPUm,
    Integer memoryLimiterLimitMiB,
    Integer memoryLimiterSpikeLimitMiB,
    Integer goMemLimitMiB) {

  /** How far below the container memory limit the memory_limiter's hard limit sits. */
  static final int LIMITER_BELOW_LIMIT_MIB = 50;

  /** The spike gap as a share of the hard limit (the soft limit is the rest). */
  static final int SPIKE_PERCENT = 20;

  /** GOMEMLIMIT as a share of the hard limit, so Go collects garbage before the limiter drops. */
  static final int GOMEMLIMIT_PERCENT = 80;

  /**
   * These (the user's) numbers laid over the preset's: a number the user set wins. When the user
   * sets the memory limit (or the limiter's hard limit) but not the limiter numbers below it, those
   * are derived from the user's value instead of taken from the preset, so they stay consistent.
   */
  ResourceSizes over(ResourceSizes preset) {
    int limit = orElse(limitMemoryMiB, preset.limitMemoryMiB);
    boolean derive = isSet(limitMemoryMiB) || isSet(memoryLimiterLimitMiB);
    int limiter =
        isSet(memoryLimiterLimitMiB)
            ? memoryLimiterLimitMiB
            : isSet(limitMemoryMiB)
                ? limit - LIMITER_BELOW_LIMIT_MIB
                : preset.memoryLimiterLimitMiB;
    int spike =
        isSet(memoryLimiterSpikeLimitMiB)
            ? memoryLimiterSpikeLimitMiB
            : derive ? limiter * SPIKE_PERCENT / 100 : preset.memoryLimiterSpikeLimitMiB;
    int goMem =
        isSet(goMemLimitMiB)
            ? goMemLimitMiB
            : derive ? limiter * GOMEMLIMIT_PERCENT / 100 : preset.goMemLimitMiB;
    return new ResourceSizes(
        orElse(requestMemoryMiB, preset.requestMemoryMiB),
        limit,
        orElse(requestCPUm, preset.requestCPUm),
        orElse(limitCPUm, preset.limitCPUm),
        limiter,
        spike,
        goMem);
  }

  /** Problems of the user's numbers as written (only negatives can be wrong on their own). */
  List<String> negatives(String section) {
    List<String> problems = new ArrayList<>();
    notNegative(problems, section, "requestMemoryMiB", requestMemoryMiB);
    notNegative(problems, section, "limitMemoryMiB", limitMemoryMiB);
    notNegative(problems, section, "requestCPUm", requestCPUm);
    notNegative(problems, section, "limitCPUm", limitCPUm);
    notNegative(problems, section, "memoryLimiterLimitMiB", memoryLimiterLimitMiB);
    notNegative(problems, section, "memoryLimiterSpikeLimitMiB", memoryLimiterSpikeLimitMiB);
    notNegative(problems, section, "goMemLimitMiB", goMemLimitMiB);
    return problems;
  }

  /** Problems of merged numbers: each positive, requests within limits, limiter within memory. */
  List<String> inconsistencies(String section) {
    List<String> problems = new ArrayList<>();
    positive(problems, section, "memoryLimiterLimitMiB", memoryLimiterLimitMiB);
    positive(problems, section, "goMemLimitMiB", goMemLimitMiB);
    notAbove(
        problems, section, "requestMemoryMiB", requestMemoryMiB, "limitMemoryMiB", limitMemoryMiB);
    notAbove(problems, section, "requestCPUm", requestCPUm, "limitCPUm", limitCPUm);
    notAbove(
        problems,
        section,
        "memoryLimiterLimitMiB",
        memoryLimiterLimitMiB,
        "limitMemoryMiB",
        limitMemoryMiB);
    notAbove(problems, section, "goMemLimitMiB", goMemLimitMiB, "limitMemoryMiB", limitMemoryMiB);
    if (memoryLimiterSpikeLimitMiB >= memoryLimiterLimitMiB && memoryLimiterLimitMiB > 0) {
      problems.add(
          "%s.memoryLimiterSpikeLimitMiB (%d) must be below memoryLimiterLimitMiB (%d)"
              .formatted(section, memoryLimiterSpikeLimitMiB, memoryLimiterLimitMiB));
    }
    return problems;
  }

  static boolean isSet(Integer value) {
    return value != null && value != 0;
  }

  static int orElse(Integer value, int fallback) {
    return isSet(value) ? value : fallback;
  }

  static void notNegative(List<String> problems, String section, String field, Integer value) {
    if (value != null && value < 0) {
      problems.add("%s.%s must not be negative (got %d)".formatted(section, field, value));
    }
  }

  private static void positive(List<String> problems, String section, String field, int value) {
    if (value <= 0) {
      problems.add(
          "%s.%s works out to %d; it must be positive (raise limitMemoryMiB or set it explicitly)"
              .formatted(section, field, value));
    }
  }

  private static void notAbove(
      List<String> problems, String section, String low, int lowValue, String high, int hiValue) {
    if (lowValue > hiValue) {
      problems.add(
          "%s.%s (%d) is greater than %s (%d)".formatted(section, low, lowValue, high, hiValue));
    }
  }
}
