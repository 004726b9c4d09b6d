package io.odigos.model.render.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sampling rules collected so far, before they become processors. */
final class SamplingPlan {

  private final List<Map<String, Object>> keepPolicies = new ArrayList<>();
  private final List<String> limitedOperations = new ArrayList<>();
  private Double fallbackPercentage;
  private Double headPercentage;

  /** A policy whose matching traces are kept. */
  void keep(Map<String, Object> policy) {
    keepPolicies.add(policy);
  }

  /** Traces matching {@code condition} are kept only through a keep policy, never the fallback. */
  void limit(String condition) {
    limitedOperations.add("(" + condition + ")");
  }

  /** The lowest stated fallback wins: a sampler that asks for less must not be overruled. */
  void fallback(double percentage) {
    fallbackPercentage =
        fallbackPercentage == null ? percentage : Math.min(fallbackPercentage, percentage);
  }

  /** Head (trace-id ratio) sampling in front of everything; the lowest stated value wins. */
  void head(double percentage) {
    headPercentage = headPercentage == null ? percentage : Math.min(headPercentage, percentage);
  }

  boolean isEmpty() {
    return keepPolicies.isEmpty() && limitedOperations.isEmpty() && fallbackPercentage == null;
  }

  List<Map<String, Object>> keepPolicies() {
    return keepPolicies;
  }

  List<String> limitedOperations() {
    return limitedOperations;
  }

  Optional<Double> fallbackPercentage() {
    return Optional.ofNullable(fallbackPercentage);
  }

  Optional<Double> headPercentage() {
    return Optional.ofNullable(headPercentage);
  }
}
