package io.odigos.odiglet.ebpf.attach;

import io.odigos.odiglet.ebpf.libbpf.BpfMap;
import io.odigos.odiglet.ebpf.libbpf.BpfObject;
import io.odigos.odiglet.ebpf.libbpf.RingBufferReader;
import io.odigos.odiglet.ebpf.libbpf.UprobeLink;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Go probe object ({@code odigos_go.bpf.o}) loaded once per node, its ring buffer drained into
 * a consumer, and per process: the configuration written into {@code go_procs} and the uprobes
 * attached at the planned sites. Attaching is all or nothing: when one uprobe fails, the ones
 * already attached are removed with the configuration.
 */
public final class GoProbes implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(GoProbes.class);
  public static final String OBJECT = "odigos_go";

  private final BpfObject object;
  private final BpfMap procs;
  private final RingBufferReader reader;
  private final boolean propagate;

  private GoProbes(BpfObject object, BpfMap procs, RingBufferReader reader, boolean propagate) {
    this.object = object;
    this.procs = procs;
    this.reader = reader;
    this.propagate = propagate;
  }

  /**
   * @param propagate whether the traceparent writer may be loaded (it uses {@code
   *     bpf_probe_write_user}, which kernel lockdown forbids: the verifier would refuse the object)
   * @param records each ring-buffer record, on the reader's thread, in a buffer valid during the
   *     call
   */
  public static GoProbes load(boolean propagate, Consumer<ByteBuffer> records) {
    BpfObject object = BpfObject.openResource(OBJECT);
    try {
      if (!propagate) {
        object.program(GoProbePlan.WRITE_HEADERS).setAutoload(false);
      }
      object.load();
      BpfMap procs = object.map("go_procs");
      RingBufferReader reader = RingBufferReader.start(object.map("events"), records);
      return new GoProbes(object, procs, reader, propagate);
    } catch (RuntimeException e) {
      object.close();
      throw e;
    }
  }

  public boolean propagates() {
    return propagate;
  }

  public RingBufferReader reader() {
    return reader;
  }

  /** Configures and probes one process; the returned handle undoes both. */
  public AttachedProcess attach(int pid, Path binary, GoProbePlan plan, byte[] config) {
    byte[] key = pidKey(pid);
    procs.update(key, config);
    List<UprobeLink> links = new ArrayList<>(plan.attachments().size());
    try {
      for (GoProbePlan.Attachment a : plan.attachments()) {
        links.add(UprobeLink.attach(object.program(a.program()), binary, a.fileOffset(), pid));
      }
    } catch (RuntimeException e) {
      links.forEach(UprobeLink::close);
      procs.delete(key);
      throw e;
    }
    log.debug("attached {} uprobes to process {}", links.size(), pid);
    return new AttachedProcess(pid, plan, links, () -> procs.delete(key));
  }

  static byte[] pidKey(int pid) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(pid).array();
  }

  @Override
  public void close() {
    reader.close();
    object.close();
  }
}
