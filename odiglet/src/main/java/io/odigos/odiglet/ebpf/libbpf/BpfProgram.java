package io.odigos.odiglet.ebpf.libbpf;

import java.lang.foreign.MemorySegment;

/**
 * A program of a {@link BpfObject} (by its C function name), to be attached with {@link
 * UprobeLink#attach}. Owned by its object: valid while the object is open.
 */
public final class BpfProgram {
  private final BpfObject object;
  private final String name;
  private final MemorySegment ptr;

  BpfProgram(BpfObject object, String name, MemorySegment ptr) {
    this.object = object;
    this.name = name;
    this.ptr = ptr;
  }

  public String name() {
    return name;
  }

  public BpfObject object() {
    return object;
  }

  /**
   * Whether loading the object loads this program (default true). Call before {@link
   * BpfObject#load()}: a program the kernel would refuse (e.g. {@code bpf_probe_write_user} under
   * lockdown) is left out this way without failing the whole object.
   */
  public BpfProgram setAutoload(boolean autoload) {
    LibbpfNative.get()
        .setAutoload(ptr, autoload, "setting autoload of " + this + " to " + autoload);
    return this;
  }

  MemorySegment ptr() {
    return ptr;
  }

  @Override
  public String toString() {
    return object.name() + "/" + name;
  }
}
