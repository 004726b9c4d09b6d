package io.odigos.operator.instrumentor.inject;

import io.odigos.model.v1alpha1.RuntimeDetailsByContainer;
import io.odigos.operator.instrumentor.inject.Conflict.Kind;
import java.util.List;
import java.util.Set;

/** Finds what in a container may fight with our agent, before anything is changed. */
final class ConflictScan {
  /** OTEL variables the injector itself manages (appends to or keeps). */
  private static final Set<String> MANAGED =
      Set.of(
          "OTEL_SERVICE_NAME",
          "OTEL_RESOURCE_ATTRIBUTES",
          "OTEL_EXPORTER_OTLP_ENDPOINT",
          "OTEL_DOTNET_AUTO_HOME");

  private static final List<String> JVM_OPTION_VARS =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
  private static final Set<String> NODE_PRELOAD_FLAGS =
      Set.of("--require", "-r", "--import", "--loader", "--experimental-loader");

  private ConflictScan() {}

  static void before(
      String container,
      Distro distro,
      EnvEditor env,
      RuntimeDetailsByContainer details,
      List<Conflict> out) {
    if (env.isSet("LD_PRELOAD")) {
      out.add(
          new Conflict(
              container, Kind.LD_PRELOAD, "LD_PRELOAD", "LD_PRELOAD is set by the user or image"));
    }
    if (details != null && details.getOtherAgent() != null) {
      String name = details.getOtherAgent().name();
      out.add(
          new Conflict(
              container,
              Kind.OTHER_AGENT,
              null,
              "runtime inspection found another agent: " + (name == null ? "unknown" : name)));
    }
    if (distro == Distro.JAVA) {
      for (String var : JVM_OPTION_VARS) {
        env.effective(var).ifPresent(v -> otherJavaAgents(container, var, v, out));
      }
    }
    if (distro == Distro.NODEJS) {
      env.effective("NODE_OPTIONS").ifPresent(v -> otherNodePreloads(container, v, out));
    }
    for (String name : env.names()) {
      if (name != null && name.startsWith("OTEL_") && !MANAGED.contains(name)) {
        out.add(
            new Conflict(
                container,
                Kind.USER_OTEL_VARIABLE,
                name,
                name + " is set by the user or image; the agent will follow it"));
      }
    }
  }

  private static void otherJavaAgents(
      String container, String var, String value, List<Conflict> out) {
    for (String token : value.trim().split("\\s+")) {
      boolean agent = token.startsWith("-javaagent:") || token.startsWith("-agentpath:");
      if (agent && !token.equals(DistroVariables.JAVA_AGENT)) {
        out.add(
            new Conflict(
                container, Kind.OTHER_AGENT, var, var + " already loads another agent: " + token));
      }
    }
  }

  private static void otherNodePreloads(String container, String value, List<Conflict> out) {
    String[] tokens = value.trim().split("\\s+");
    String ours = DistroVariables.NODE_REQUIRE.substring("--require ".length());
    for (int i = 0; i < tokens.length; i++) {
      String flag = tokens[i];
      String module = null;
      if (NODE_PRELOAD_FLAGS.contains(flag) && i + 1 < tokens.length) {
        module = tokens[++i];
      } else if (flag.contains("=") && NODE_PRELOAD_FLAGS.contains(flag.split("=", 2)[0])) {
        module = flag.split("=", 2)[1];
      }
      if (module != null && !module.equals(ours)) {
        out.add(
            new Conflict(
                container,
                Kind.OTHER_AGENT,
                "NODE_OPTIONS",
                "NODE_OPTIONS already preloads " + module + " (another agent?)"));
      }
    }
  }
}
