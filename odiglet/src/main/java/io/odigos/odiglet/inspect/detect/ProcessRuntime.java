package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.EnvVar;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.LibCType;
import java.util.List;
import java.util.Optional;

/**
 * What runs in one process.
 *
 * @param runtimeVersion exact version, empty when it could not be read
 * @param versionSource where the version came from (diagnostics)
 * @param envVars the process's values of the variables an agent for its language would extend
 */
public record ProcessRuntime(
    int pid,
    ProgrammingLanguage language,
    String runtimeVersion,
    String versionSource,
    Optional<String> otherAgent,
    Optional<LibCType> libc,
    Optional<Boolean> secureExecution,
    List<EnvVar> envVars) {

  public ProcessRuntime {
    envVars = List.copyOf(envVars);
  }

  /** True for anything but {@link ProgrammingLanguage#UNKNOWN}. */
  public boolean recognised() {
    return language != ProgrammingLanguage.UNKNOWN;
  }
}
