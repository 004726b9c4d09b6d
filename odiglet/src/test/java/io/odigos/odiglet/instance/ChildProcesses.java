package io.odigos.odiglet.instance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Real child processes for the tests: one that holds a TCP connection, one that only sleeps. */
final class ChildProcesses implements AutoCloseable {
  private final List<Process> started = new ArrayList<>();

  /** A process with an established TCP connection to 127.0.0.1:{@code port} (bash /dev/tcp). */
  Process connectedTo(int port) throws IOException {
    return start("exec 3<>/dev/tcp/127.0.0.1/" + port + "; exec sleep 300");
  }

  /** A process with no connection at all. */
  Process sleeping() throws IOException {
    return start("exec sleep 300");
  }

  private Process start(String script) throws IOException {
    Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    started.add(p);
    return p;
  }

  @Override
  public void close() {
    started.forEach(Process::destroyForcibly);
  }
}
