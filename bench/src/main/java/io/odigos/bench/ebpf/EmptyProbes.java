package io.odigos.bench.ebpf;

import io.odigos.odiglet.ebpf.attach.GoProbePlan;
import io.odigos.odiglet.ebpf.libbpf.BpfObject;
import io.odigos.odiglet.ebpf.libbpf.BpfProgram;
import io.odigos.odiglet.ebpf.libbpf.UprobeLink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's floor: the self-test object's {@code uprobe_empty} (a program that returns at
 * once) attached at every file offset of a {@link GoProbePlan}, so the server pays the trap of each
 * uprobe and nothing of what our programs do. Attached and detached per measured phase.
 */
final class EmptyProbes implements AutoCloseable {
  static final String OBJECT = "selftest";
  static final String PROGRAM = "uprobe_empty";

  private final BpfObject object;
  private final BpfProgram program;
  private final List<UprobeLink> links = new ArrayList<>();

  private EmptyProbes(BpfObject object) {
    this.object = object;
    this.program = object.program(PROGRAM);
  }

  static EmptyProbes load() {
    BpfObject o = BpfObject.loadResource(OBJECT);
    try {
      return new EmptyProbes(o);
    } catch (RuntimeException e) {
      o.close();
      throw e;
    }
  }

  /** Attaches the empty program at each of the plan's offsets, for process {@code pid} only. */
  int attach(GoProbePlan plan, Path binary, int pid) {
    if (!links.isEmpty()) {
      throw new IllegalStateException("empty probes are already attached");
    }
    try {
      for (GoProbePlan.Attachment a : plan.attachments()) {
        links.add(UprobeLink.attach(program, binary, a.fileOffset(), pid));
      }
    } catch (RuntimeException e) {
      detach();
      throw e;
    }
    return links.size();
  }

  void detach() {
    links.forEach(UprobeLink::close);
    links.clear();
  }

  @Override
  public void close() {
    detach();
    object.close();
  }
}
