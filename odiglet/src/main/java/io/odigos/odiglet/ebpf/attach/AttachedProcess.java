package io.odigos.odiglet.ebpf.attach;

import io.odigos.odiglet.ebpf.libbpf.UprobeLink;
import java.util.List;

/** The uprobes and configuration of one probed Go process; {@link #close()} removes them all. */
public final class AttachedProcess implements AutoCloseable {
  private final int pid;
  private final GoProbePlan plan;
  private final List<UprobeLink> links;
  private final Runnable forgetConfig;
  private boolean closed;

  AttachedProcess(int pid, GoProbePlan plan, List<UprobeLink> links, Runnable forgetConfig) {
    this.pid = pid;
    this.plan = plan;
    this.links = List.copyOf(links);
    this.forgetConfig = forgetConfig;
  }

  public int pid() {
    return pid;
  }

  public GoProbePlan plan() {
    return plan;
  }

  public int uprobes() {
    return links.size();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    links.forEach(UprobeLink::close);
    try {
      forgetConfig.run();
    } catch (RuntimeException gone) {
      // the map entry may already be gone with the object; nothing else to undo
    }
  }
}
