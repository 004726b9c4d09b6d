package io.odigos.operator.scheduler.desired;

import io.odigos.model.v1alpha1.CollectorsGroupSpec;
import java.util.Optional;

/**
 * One CollectorsGroup as it should be: its spec when it should exist, nothing when it should not,
 * and why, in words fit for a log line.
 */
public record DesiredGroup(String name, Optional<CollectorsGroupSpec> spec, String reason) {

  static DesiredGroup present(String name, CollectorsGroupSpec spec, String reason) {
    return new DesiredGroup(name, Optional.of(spec), reason);
  }

  static DesiredGroup absent(String name, String reason) {
    return new DesiredGroup(name, Optional.empty(), reason);
  }

  public boolean exists() {
    return spec.isPresent();
  }
}
