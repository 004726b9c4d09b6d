package io.odigos.odiglet.ebpf.libbpf;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A uprobe: a {@link BpfProgram} attached at a raw file offset of an executable, for one process or
 * for every process that maps the file. Raw offsets work on stripped binaries (no symbol lookup).
 * Always an entry probe: Go moves goroutine stacks, so uretprobes are never used; function ends are
 * probed at their RET instructions instead. {@link #close()} detaches; it is idempotent and
 * thread-safe.
 */
public final class UprobeLink implements AutoCloseable {
  /** {@code pid} for "every process that runs this file". */
  public static final int ALL_PROCESSES = -1;

  private final LibbpfNative lib;
  private final String description;
  private final Path binary;
  private final long fileOffset;
  private final int pid;
  private MemorySegment link;

  private UprobeLink(
      LibbpfNative lib,
      String description,
      Path binary,
      long fileOffset,
      int pid,
      MemorySegment link) {
    this.lib = lib;
    this.description = description;
    this.binary = binary;
    this.fileOffset = fileOffset;
    this.pid = pid;
    this.link = link;
  }

  /** {@link #attach(BpfProgram, Path, long, int, long)} with cookie 0. */
  public static UprobeLink attach(BpfProgram program, Path binary, long fileOffset, int pid) {
    return attach(program, binary, fileOffset, pid, 0L);
  }

  /**
   * Attaches {@code program} at {@code fileOffset} of {@code binary} (a path the odiglet can open,
   * e.g. {@code /proc/<pid>/exe} or {@code /proc/<pid>/root/app}).
   *
   * @param pid the process to probe, or {@link #ALL_PROCESSES}
   * @param cookie a value the program reads with {@code bpf_get_attach_cookie} (e.g. a site id)
   * @throws LibbpfException when the kernel or libbpf refuses (ENOENT: no such file; EINVAL: the
   *     offset is outside the file; ESRCH: no such process; EPERM: missing capabilities)
   */
  public static UprobeLink attach(
      BpfProgram program, Path binary, long fileOffset, int pid, long cookie) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(binary, "binary");
    if (fileOffset < 0) {
      throw new IllegalArgumentException("negative file offset " + fileOffset);
    }
    if (pid < ALL_PROCESSES || pid == 0) {
      throw new IllegalArgumentException("pid must be positive or ALL_PROCESSES, got " + pid);
    }
    String desc =
        "uprobe "
            + program
            + " at "
            + binary
            + "+0x"
            + Long.toHexString(fileOffset)
            + (pid == ALL_PROCESSES ? " (all processes)" : " (pid " + pid + ")");
    String what = "attaching " + desc;
    BpfObject object = program.object();
    LibbpfNative lib = object.lib();
    MemorySegment link =
        object.whileLoaded(
            what,
            () -> {
              try (Arena a = Arena.ofConfined()) {
                return lib.attachUprobe(
                    program.ptr(),
                    pid,
                    a.allocateFrom(binary.toString()),
                    fileOffset,
                    UprobeOpts.entryAtOffset(a, cookie),
                    what);
              }
            });
    return new UprobeLink(lib, desc, binary, fileOffset, pid, link);
  }

  public Path binary() {
    return binary;
  }

  public long fileOffset() {
    return fileOffset;
  }

  /** The probed process, or {@link #ALL_PROCESSES}. */
  public int pid() {
    return pid;
  }

  public synchronized boolean isAttached() {
    return link != null;
  }

  /** Detaches the probe; a second call does nothing. */
  @Override
  public synchronized void close() {
    if (link == null) {
      return;
    }
    MemorySegment l = link;
    link = null;
    lib.destroyLink(l, "detaching " + description);
  }

  @Override
  public String toString() {
    return description;
  }
}
