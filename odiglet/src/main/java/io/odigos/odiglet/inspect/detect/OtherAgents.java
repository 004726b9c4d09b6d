package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Observability agents other than Odigos's own, found in a process's command line ({@code
 * -javaagent:}, {@code -agentpath:}, {@code --require}/{@code -r}, {@code ddtrace-run}...), in the
 * variables that load agents ({@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}, {@code
 * _JAVA_OPTIONS}, {@code NODE_OPTIONS}, {@code PYTHONPATH}, {@code LD_PRELOAD}) and in its mapped
 * libraries. Anything loaded from the Odigos agents directory ({@value #ODIGOS_AGENTS_DIR}) is ours
 * and not reported. Pure.
 */
public final class OtherAgents {
  /** Where the device plugin mounts the Odigos agents. */
  public static final String ODIGOS_AGENTS_DIR = "/var/odigos/";

  public static final String OPENTELEMETRY = "OpenTelemetry";
  public static final String DATADOG = "Datadog";
  public static final String NEW_RELIC = "New Relic";
  public static final String DYNATRACE = "Dynatrace";
  public static final String ELASTIC = "Elastic APM";

  private record Signature(String agent, String needle) {}

  /** Lower-case substrings of an agent path, module name or library name, and whose they are. */
  private static final List<Signature> SIGNATURES =
      List.of(
          new Signature(DATADOG, "dd-java-agent"),
          new Signature(DATADOG, "dd-trace"),
          new Signature(DATADOG, "ddtrace"),
          new Signature(NEW_RELIC, "newrelic"),
          new Signature(DYNATRACE, "oneagent"),
          new Signature(DYNATRACE, "dynatrace"),
          new Signature(ELASTIC, "elastic-apm"),
          new Signature(ELASTIC, "elasticapm"),
          new Signature(OPENTELEMETRY, "opentelemetry-javaagent"),
          new Signature(OPENTELEMETRY, "opentelemetry"));

  private static final List<String> LOADER_VARIABLES =
      List.of(
          "JAVA_TOOL_OPTIONS",
          "JDK_JAVA_OPTIONS",
          "_JAVA_OPTIONS",
          "JAVA_OPTS",
          "NODE_OPTIONS",
          "PYTHONPATH",
          "LD_PRELOAD");

  private static final List<String> PYTHON_LAUNCHERS =
      List.of("ddtrace-run", "newrelic-admin", "opentelemetry-instrument");

  private OtherAgents() {}

  /** The first other agent found, with the language for interpreting launcher arguments. */
  public static Optional<String> find(
      ProgrammingLanguage language,
      List<String> cmdline,
      java.util.Map<String, String> env,
      List<String> mappedFiles) {
    for (String candidate : candidates(language, cmdline, env, mappedFiles)) {
      Optional<String> agent = classify(candidate);
      if (agent.isPresent()) {
        return agent;
      }
    }
    return Optional.empty();
  }

  /** Strings that name something loaded into the process: agent paths, module names, libraries. */
  static List<String> candidates(
      ProgrammingLanguage language,
      List<String> cmdline,
      java.util.Map<String, String> env,
      List<String> mappedFiles) {
    List<String> out = new ArrayList<>();
    loaded(cmdline, out);
    if (language == ProgrammingLanguage.PYTHON && cmdline.size() > 1) {
      String script = ProcessView.baseName(cmdline.get(1));
      if (PYTHON_LAUNCHERS.contains(script)) {
        out.add(script);
      }
    }
    for (String name : LOADER_VARIABLES) {
      String v = env.get(name);
      if (v == null) {
        continue;
      }
      if (name.equals("PYTHONPATH") || name.equals("LD_PRELOAD")) {
        for (String part : v.split("[:\\s]+")) {
          out.add(part);
        }
      } else {
        loaded(List.of(v.trim().split("\\s+")), out);
      }
    }
    for (String f : mappedFiles) {
      String base = ProcessView.baseName(f).toLowerCase(Locale.ROOT);
      if (base.endsWith(".so") || base.contains(".so.")) {
        out.add(f); // native agents (Dynatrace's liboneagent*, ddtrace's extensions) are mapped
      }
    }
    return out;
  }

  /** The agent arguments of a JVM or Node.js command line (or option variable). */
  private static void loaded(List<String> args, List<String> out) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("-javaagent:")) {
        out.add(stripOptions(a.substring("-javaagent:".length())));
      } else if (a.startsWith("-agentpath:")) {
        out.add(stripOptions(a.substring("-agentpath:".length())));
      } else if ((a.equals("-r") || a.equals("--require") || a.equals("--import"))
          && i + 1 < args.size()) {
        out.add(args.get(++i));
      } else if (a.startsWith("--require=") || a.startsWith("--import=")) {
        out.add(a.substring(a.indexOf('=') + 1));
      }
    }
  }

  private static String stripOptions(String agent) {
    int eq = agent.indexOf('=');
    return eq < 0 ? agent : agent.substring(0, eq);
  }

  /** Whose agent a loaded path or module is; empty for ours and for unknown ones. */
  static Optional<String> classify(String loaded) {
    if (loaded.isBlank() || loaded.startsWith(ODIGOS_AGENTS_DIR)) {
      return Optional.empty();
    }
    String s = loaded.toLowerCase(Locale.ROOT);
    for (Signature sig : SIGNATURES) {
      if (s.contains(sig.needle())) {
        return Optional.of(sig.agent());
      }
    }
    return Optional.empty();
  }
}
