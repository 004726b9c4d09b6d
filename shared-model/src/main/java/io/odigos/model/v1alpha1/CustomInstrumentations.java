package io.odigos.model.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * Extra probes: functions or methods the agents should trace although no library instruments them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomInstrumentations(List<GolangProbe> golang, List<JavaProbe> java) {

  /**
   * A Go function ({@code functionName}) or method ({@code receiverName} + {@code
   * receiverMethodName}, concrete receiver type) in a package; give one form, not both.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GolangProbe(
      @Required @JsonPropertyDescription("Import path of the package, e.g. net/http.")
          String packageName,
      String functionName,
      String receiverName,
      String receiverMethodName) {}

  /** A Java method by class and method name; both are needed. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record JavaProbe(String className, String methodName) {}
}
