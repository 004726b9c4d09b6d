package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.model.v1alpha1.RuntimeDetailsByContainer.EnvVar;
import io.odigos.odiglet.inspect.proc.ProcFs;
import io.odigos.odiglet.inspect.proc.ProcessSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects the language, exact runtime version, libc, secure-execution mode and other agents of a
 * process. Probes run from the most to the least specific: interpreters and VMs first (a JVM or
 * Node.js also maps {@code libstdc++}), then Go build info, servers known by name, Rust, and C++
 * last. Thread-safe; binaries are read once per file identity.
 */
public final class RuntimeDetector {
  private static final Logger LOG = LoggerFactory.getLogger(RuntimeDetector.class);
  private static final int MAX_ENV_VALUE = 4096;

  private static final List<LanguageProbe> PROBES =
      List.of(
          new JavaProbe(),
          new PythonProbe(),
          new NodeProbe(),
          new DotnetProbe(),
          new ScriptingProbes.Php(),
          new ScriptingProbes.Ruby(),
          new NativeProbes.Go(),
          new NativeProbes.Servers(),
          new NativeProbes.Rust(),
          new NativeProbes.Cpp());

  /** The variables each language's agent would extend; their current values are reported. */
  private static final Map<ProgrammingLanguage, List<String>> RELEVANT_ENV =
      Map.of(
          ProgrammingLanguage.JAVA,
              List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "JAVA_OPTS"),
          ProgrammingLanguage.JAVASCRIPT, List.of("NODE_OPTIONS"),
          ProgrammingLanguage.PYTHON, List.of("PYTHONPATH"),
          ProgrammingLanguage.DOTNET,
              List.of(
                  "CORECLR_ENABLE_PROFILING",
                  "CORECLR_PROFILER",
                  "CORECLR_PROFILER_PATH",
                  "DOTNET_STARTUP_HOOKS",
                  "DOTNET_ADDITIONAL_DEPS",
                  "DOTNET_SHARED_STORE"));

  private final ProcFs proc;
  private final BinaryFacts binaries;

  public RuntimeDetector(ProcFs proc) {
    this(proc, new BinaryFacts());
  }

  public RuntimeDetector(ProcFs proc, BinaryFacts binaries) {
    this.proc = proc;
    this.binaries = binaries;
  }

  /** Never throws: a probe that fails is logged at DEBUG and the next one is tried. */
  public ProcessRuntime detect(ProcessSnapshot process) {
    ProcessView view = new ProcessView(process, proc, binaries);
    LanguageProbe.Match match = null;
    for (LanguageProbe probe : PROBES) {
      try {
        Optional<LanguageProbe.Match> m = probe.probe(view);
        if (m.isPresent()) {
          match = m.get();
          break;
        }
      } catch (RuntimeException e) {
        LOG.debug(
            "process {}: {} failed: {}",
            process.pid(),
            probe.getClass().getSimpleName(),
            e.toString());
      }
    }
    if (match == null) {
      match = LanguageProbe.Match.unversioned(ProgrammingLanguage.UNKNOWN, "none");
    }
    Optional<String> otherAgent =
        OtherAgents.find(
            match.language(), process.cmdline(), process.environ(), process.mappedFiles());
    return new ProcessRuntime(
        process.pid(),
        match.language(),
        match.version(),
        match.source(),
        otherAgent,
        safely(() -> LibcDetector.detect(view)),
        process.secureExec(),
        relevantEnv(match.language(), process.environ()));
  }

  private static <T> Optional<T> safely(java.util.function.Supplier<Optional<T>> s) {
    try {
      return s.get();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static List<EnvVar> relevantEnv(ProgrammingLanguage language, Map<String, String> environ) {
    List<EnvVar> out = new ArrayList<>();
    for (String name : RELEVANT_ENV.getOrDefault(language, List.of())) {
      String v = environ.get(name);
      if (v != null) {
        out.add(new EnvVar(name, v.length() > MAX_ENV_VALUE ? v.substring(0, MAX_ENV_VALUE) : v));
      }
    }
    return out;
  }
}
