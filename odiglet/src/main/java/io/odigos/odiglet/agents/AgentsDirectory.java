package io.odigos.odiglet.agents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory of OpenTelemetry agents that the device plugin mounts into instrumented pods
 * ({@code /var/odigos} on a node). In host mode (the sandbox and the tests) it is the one {@code
 * odiglet/agents/install-agents.sh} assembled under {@code ~/.cache/odigos-agents/<hash>/agents}
 * for this build's pinned versions. Only a directory holding every {@link AgentEntryPoint} is
 * accepted, so a half-made or stale directory fails here, naming the script, rather than in the
 * application processes.
 */
public final class AgentsDirectory {
  /** The script that assembles the directory, relative to the repository root. */
  public static final String INSTALL_SCRIPT = "odiglet/agents/install-agents.sh";

  /** An explicit agents directory (e.g. {@code /var/odigos}); wins over the cache. */
  public static final String DIR_ENV = "ODIGOS_AGENTS_DIR";

  /** The cache root the script writes to (default {@code ~/.cache/odigos-agents}). */
  public static final String CACHE_ENV = "ODIGOS_AGENTS_CACHE";

  private static final Logger LOG = LoggerFactory.getLogger(AgentsDirectory.class);

  private final Path root;

  private AgentsDirectory(Path root) {
    this.root = root;
  }

  /**
   * The directory at {@code root}, once every entry point is there.
   *
   * @throws MissingAgentsException naming what is missing and the script to run
   */
  public static AgentsDirectory at(Path root) {
    List<String> missing = new ArrayList<>();
    for (AgentEntryPoint e : AgentEntryPoint.values()) {
      if (!Files.isRegularFile(root.resolve(e.relativePath()))) {
        missing.add(e.relativePath());
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingAgentsException(
          "the agents directory "
              + root
              + " lacks "
              + String.join(", ", missing)
              + ": run "
              + INSTALL_SCRIPT
              + " (it assembles the pinned agents into ~/.cache/odigos-agents)");
    }
    LOG.debug("agents directory {}", root);
    return new AgentsDirectory(root.toAbsolutePath());
  }

  /**
   * Where the agents are for this process: {@value #DIR_ENV} if set, else this build's directory in
   * the cache ({@value #CACHE_ENV}, default {@code <home>/.cache/odigos-agents}).
   *
   * @param env the process environment ({@code System.getenv()})
   * @param home the user's home directory
   */
  public static AgentsDirectory locate(Map<String, String> env, Path home) {
    String explicit = env.get(DIR_ENV);
    if (explicit != null && !explicit.isBlank()) {
      return at(Path.of(explicit));
    }
    return at(cachedPath(env, home, AgentsVersions.pinned()));
  }

  /** The current process's agents directory: {@link #locate} with its environment and home. */
  public static AgentsDirectory locate() {
    return locate(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** Where the install script puts the given versions. */
  static Path cachedPath(Map<String, String> env, Path home, AgentsVersions versions) {
    String cache = env.get(CACHE_ENV);
    Path base =
        cache == null || cache.isBlank()
            ? home.resolve(".cache").resolve("odigos-agents")
            : Path.of(cache);
    return base.resolve(versions.hash()).resolve("agents");
  }

  public Path root() {
    return root;
  }

  /** The absolute path of one agent's entry point. */
  public Path entryPoint(AgentEntryPoint e) {
    return root.resolve(e.relativePath());
  }

  /** Raised when the directory is missing or incomplete; its message says what to run. */
  public static final class MissingAgentsException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    MissingAgentsException(String message) {
      super(message);
    }
  }
}
