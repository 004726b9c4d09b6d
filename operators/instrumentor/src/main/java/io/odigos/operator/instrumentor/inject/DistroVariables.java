package io.odigos.operator.instrumentor.inject;

import static io.odigos.operator.instrumentor.inject.AgentVariable.appended;
import static io.odigos.operator.instrumentor.inject.AgentVariable.ifAbsent;

import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.LibCType;
import java.util.List;

/**
 * The environment each agent family needs, pointing into {@value #AGENTS_DIR}, which the odiglet's
 * device plugin mounts read-only into every pod that requests the Odigos device.
 */
public final class DistroVariables {
  public static final String AGENTS_DIR = "/var/odigos";
  public static final String JAVA_AGENT = "-javaagent:" + AGENTS_DIR + "/java/javaagent.jar";
  public static final String NODE_REQUIRE =
      "--require " + AGENTS_DIR + "/nodejs/autoinstrumentation.js";
  public static final String PYTHON_PATH =
      AGENTS_DIR
          + "/python:"
          + AGENTS_DIR
          + "/python/opentelemetry/instrumentation/auto_instrumentation";

  /** The CLSID of the OpenTelemetry .NET automatic instrumentation's CLR profiler. */
  public static final String DOTNET_PROFILER_CLSID = "{918728DD-259F-4A6A-AC2B-B85E1B658318}";

  public static final String DOTNET_HOME = AGENTS_DIR + "/dotnet";
  private static final String DOTNET_NATIVE = "OpenTelemetry.AutoInstrumentation.Native.so";

  private DistroVariables() {}

  /** The variables of one family, for a process linked against the given C library. */
  static List<AgentVariable> of(Distro distro, LibCType libc) {
    return switch (distro) {
      case JAVA -> List.of(appended("JAVA_TOOL_OPTIONS", JAVA_AGENT, " "));
      case NODEJS -> List.of(appended("NODE_OPTIONS", NODE_REQUIRE, " "));
      case PYTHON -> List.of(appended("PYTHONPATH", PYTHON_PATH, ":"));
      case DOTNET ->
          List.of(
              ifAbsent("CORECLR_ENABLE_PROFILING", "1"),
              ifAbsent("CORECLR_PROFILER", DOTNET_PROFILER_CLSID),
              ifAbsent("CORECLR_PROFILER_PATH", dotnetProfilerPath(libc)),
              appended(
                  "DOTNET_STARTUP_HOOKS",
                  DOTNET_HOME + "/net/OpenTelemetry.AutoInstrumentation.StartupHook.dll",
                  ":"),
              appended("DOTNET_ADDITIONAL_DEPS", DOTNET_HOME + "/AdditionalDeps", ":"),
              appended("DOTNET_SHARED_STORE", DOTNET_HOME + "/store", ":"),
              ifAbsent("OTEL_DOTNET_AUTO_HOME", DOTNET_HOME));
      case GOLANG -> List.of();
    };
  }

  /** The native profiler in the layout of the upstream release archives (glibc or musl). */
  static String dotnetProfilerPath(LibCType libc) {
    String platform = libc == LibCType.musl ? "linux-musl-x64" : "linux-x64";
    return DOTNET_HOME + "/" + platform + "/" + DOTNET_NATIVE;
  }
}
