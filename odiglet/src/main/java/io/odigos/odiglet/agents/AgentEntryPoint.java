package io.odigos.odiglet.agents;

/**
 * The file each agent family starts from, relative to the agents directory ({@code /var/odigos} in
 * a pod). These are the paths the instrumentor's webhook writes into the environment
 * (DistroVariables in the instrumentor): a directory without them would let injected processes
 * start with no agent, or not at all.
 */
public enum AgentEntryPoint {
  /** {@code JAVA_TOOL_OPTIONS=-javaagent:<dir>/java/javaagent.jar}. */
  JAVA("java/javaagent.jar"),
  /** {@code NODE_OPTIONS=--require <dir>/nodejs/autoinstrumentation.js}. */
  NODEJS("nodejs/autoinstrumentation.js"),
  /** {@code PYTHONPATH=<dir>/python:...}: the first {@code sitecustomize} on the path. */
  PYTHON("python/sitecustomize.py"),
  /** The upstream distro's start-up module, which the one above calls. */
  PYTHON_AUTO_INSTRUMENTATION(
      "python/opentelemetry/instrumentation/auto_instrumentation/__init__.py");

  private final String relativePath;

  AgentEntryPoint(String relativePath) {
    this.relativePath = relativePath;
  }

  public String relativePath() {
    return relativePath;
  }
}
