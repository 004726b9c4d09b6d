package io.odigos.odiglet.ebpf.libbpf;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raw downcalls into {@code libbpf.so.1} (and from libc {@code vsnprintf} for libbpf's log
 * messages, {@code mmap}/{@code munmap} for ring buffers): the one class that knows C signatures.
 * Every method either returns a valid result or throws {@link LibbpfException} naming the operation
 * and the errno; NULL and negative returns never reach the caller. libbpf's own log output is
 * routed to the SLF4J logger {@code libbpf}.
 *
 * <p>Loaded once per JVM, lazily: {@link #get()} throws the same {@link LibbpfException} every time
 * when the library is missing, instead of an {@code ExceptionInInitializerError}.
 */
@SuppressWarnings("restricted") // FFM: this package is the one place that calls native code
final class LibbpfNative {
  private static final Logger LIBBPF_LOG = LoggerFactory.getLogger("libbpf");
  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final Linker.Option ERRNO_OPTION = Linker.Option.captureCallState("errno");

  /** The library name the odiglet loads (Debian: libbpf1). */
  static final String LIBRARY = "libbpf.so.1";

  // libbpf_print_level
  private static final int LIBBPF_WARN = 0;
  private static final int LIBBPF_INFO = 1;

  private static volatile Object instance;

  private final MethodHandle openMem;
  private final MethodHandle openFile;
  private final MethodHandle objectLoad;
  private final MethodHandle objectClose;
  private final MethodHandle findProgram;
  private final MethodHandle findMap;
  private final MethodHandle setAutoload;
  private final MethodHandle mapFd;
  private final MethodHandle mapKeySize;
  private final MethodHandle mapValueSize;
  private final MethodHandle mapType;
  private final MethodHandle mapMaxEntries;
  private final MethodHandle attachUprobe;
  private final MethodHandle linkDestroy;
  private final MethodHandle mapUpdate;
  private final MethodHandle mapLookup;
  private final MethodHandle mapDelete;
  private final MethodHandle mapNextKey;
  private final MethodHandle mmap;
  private final MethodHandle munmap;
  private final MethodHandle epollCreate;
  private final MethodHandle epollCtl;
  private final MethodHandle epollWait;
  private final MethodHandle close;
  private final MethodHandle strerror;
  private final MethodHandle numPossibleCpus;
  private final MethodHandle vsnprintf;
  private final int major;
  private final int minor;

  private LibbpfNative(SymbolLookup lib) throws Throwable {
    openMem = errnoCall(lib, "bpf_object__open_mem", ADDRESS, ADDRESS, JAVA_LONG, ADDRESS);
    openFile = errnoCall(lib, "bpf_object__open_file", ADDRESS, ADDRESS, ADDRESS);
    objectLoad = errnoCall(lib, "bpf_object__load", JAVA_INT, ADDRESS);
    objectClose = voidCall(lib, "bpf_object__close", ADDRESS);
    findProgram = errnoCall(lib, "bpf_object__find_program_by_name", ADDRESS, ADDRESS, ADDRESS);
    findMap = errnoCall(lib, "bpf_object__find_map_by_name", ADDRESS, ADDRESS, ADDRESS);
    setAutoload = errnoCall(lib, "bpf_program__set_autoload", JAVA_INT, ADDRESS, JAVA_BOOLEAN);
    mapFd = call(lib, "bpf_map__fd", JAVA_INT, ADDRESS);
    mapKeySize = call(lib, "bpf_map__key_size", JAVA_INT, ADDRESS);
    mapValueSize = call(lib, "bpf_map__value_size", JAVA_INT, ADDRESS);
    mapType = call(lib, "bpf_map__type", JAVA_INT, ADDRESS);
    mapMaxEntries = call(lib, "bpf_map__max_entries", JAVA_INT, ADDRESS);
    attachUprobe =
        errnoCall(
            lib,
            "bpf_program__attach_uprobe_opts",
            ADDRESS,
            ADDRESS,
            JAVA_INT,
            ADDRESS,
            JAVA_LONG,
            ADDRESS);
    linkDestroy = errnoCall(lib, "bpf_link__destroy", JAVA_INT, ADDRESS);
    mapUpdate =
        errnoCall(lib, "bpf_map_update_elem", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG);
    mapLookup = errnoCall(lib, "bpf_map_lookup_elem", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    mapDelete = errnoCall(lib, "bpf_map_delete_elem", JAVA_INT, JAVA_INT, ADDRESS);
    mapNextKey = errnoCall(lib, "bpf_map_get_next_key", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    // libc: a ring buffer map is read through its own mapping (RingBufferReader)
    mmap =
        errnoCall(
            LINKER.defaultLookup(),
            "mmap",
            JAVA_LONG,
            JAVA_LONG,
            JAVA_LONG,
            JAVA_INT,
            JAVA_INT,
            JAVA_INT,
            JAVA_LONG);
    munmap = errnoCall(LINKER.defaultLookup(), "munmap", JAVA_INT, JAVA_LONG, JAVA_LONG);
    epollCreate = errnoCall(LINKER.defaultLookup(), "epoll_create1", JAVA_INT, JAVA_INT);
    epollCtl =
        errnoCall(
            LINKER.defaultLookup(), "epoll_ctl", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS);
    epollWait =
        errnoCall(
            LINKER.defaultLookup(), "epoll_wait", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
    close = errnoCall(LINKER.defaultLookup(), "close", JAVA_INT, JAVA_INT);
    strerror = call(lib, "libbpf_strerror", JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG);
    numPossibleCpus = call(lib, "libbpf_num_possible_cpus", JAVA_INT);
    vsnprintf =
        LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("vsnprintf"),
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
    major = (int) call(lib, "libbpf_major_version", JAVA_INT).invokeExact();
    minor = (int) call(lib, "libbpf_minor_version", JAVA_INT).invokeExact();
    MethodHandle print =
        MethodHandles.lookup()
            .findVirtual(
                LibbpfNative.class,
                "print",
                MethodType.methodType(
                    int.class, int.class, MemorySegment.class, MemorySegment.class))
            .bindTo(this);
    MemorySegment printStub =
        LINKER.upcallStub(
            print, FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), Arena.global());
    // the previous (stderr) printer is not kept: everything goes to SLF4J
    MemorySegment unused =
        (MemorySegment) call(lib, "libbpf_set_print", ADDRESS, ADDRESS).invokeExact(printStub);
  }

  /** The loaded library; throws {@link LibbpfException} when it cannot be loaded. */
  static LibbpfNative get() {
    Object i = instance;
    if (i == null) {
      synchronized (LibbpfNative.class) {
        i = instance;
        if (i == null) {
          i = load();
          instance = i;
        }
      }
    }
    if (i instanceof LoadFailure f) {
      // a fresh exception per caller, with this caller's stack
      throw new LibbpfException(f.operation(), 0, f.detail());
    }
    return (LibbpfNative) i;
  }

  /** Why libbpf could not be loaded, kept so that every later caller gets the same answer. */
  private record LoadFailure(String operation, String detail) {}

  private static Object load() {
    String what = "loading " + LIBRARY;
    SymbolLookup lib;
    try {
      lib = SymbolLookup.libraryLookup(LIBRARY, Arena.global());
    } catch (IllegalArgumentException e) {
      return new LoadFailure(
          what, LIBRARY + " not found: install libbpf1 (bpf/install-deps.sh does, as root)");
    } catch (IllegalCallerException e) {
      return new LoadFailure(
          what, "native access is disabled: run the JVM with --enable-native-access=ALL-UNNAMED");
    }
    try {
      return new LibbpfNative(lib);
    } catch (java.util.NoSuchElementException e) {
      return new LoadFailure(
          what, LIBRARY + " lacks a function the odiglet needs (" + e.getMessage() + ")");
    } catch (Throwable t) {
      LoggerFactory.getLogger(LibbpfNative.class).error("{} failed", what, t);
      return new LoadFailure(what, t.toString());
    }
  }

  int major() {
    return major;
  }

  int minor() {
    return minor;
  }

  // ---- objects

  MemorySegment openMem(MemorySegment buf, MemorySegment opts, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      MemorySegment obj = (MemorySegment) openMem.invokeExact(st, buf, buf.byteSize(), opts);
      return nonNull(obj, st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  MemorySegment openFile(MemorySegment path, MemorySegment opts, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      MemorySegment obj = (MemorySegment) openFile.invokeExact(st, path, opts);
      return nonNull(obj, st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  void load(MemorySegment obj, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      int rc = (int) objectLoad.invokeExact(st, obj);
      checkRc(rc, st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  void close(MemorySegment obj) {
    try {
      objectClose.invokeExact(obj);
    } catch (Throwable t) {
      throw rethrow(t, "closing a BPF object");
    }
  }

  MemorySegment findProgram(MemorySegment obj, MemorySegment name, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      return nonNull((MemorySegment) findProgram.invokeExact(st, obj, name), st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  /** Whether {@code bpf_object__load} loads the program (only before loading). */
  void setAutoload(MemorySegment program, boolean autoload, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      int rc = (int) setAutoload.invokeExact(st, program, autoload);
      checkRc(rc, st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  MemorySegment findMap(MemorySegment obj, MemorySegment name, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      return nonNull((MemorySegment) findMap.invokeExact(st, obj, name), st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  /** fd, key size, value size, type, max entries of a {@code struct bpf_map *}. */
  int[] mapInfo(MemorySegment map) {
    try {
      return new int[] {
        (int) mapFd.invokeExact(map),
        (int) mapKeySize.invokeExact(map),
        (int) mapValueSize.invokeExact(map),
        (int) mapType.invokeExact(map),
        (int) mapMaxEntries.invokeExact(map)
      };
    } catch (Throwable t) {
      throw rethrow(t, "reading map attributes");
    }
  }

  int numPossibleCpus() {
    try {
      int n = (int) numPossibleCpus.invokeExact();
      if (n <= 0) {
        throw new LibbpfException("counting possible CPUs", n, strerror(n));
      }
      return n;
    } catch (Throwable t) {
      throw rethrow(t, "counting possible CPUs");
    }
  }

  // ---- links

  MemorySegment attachUprobe(
      MemorySegment prog,
      int pid,
      MemorySegment binaryPath,
      long fileOffset,
      MemorySegment opts,
      String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      MemorySegment link =
          (MemorySegment) attachUprobe.invokeExact(st, prog, pid, binaryPath, fileOffset, opts);
      return nonNull(link, st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  void destroyLink(MemorySegment link, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      checkRc((int) linkDestroy.invokeExact(st, link), st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  // ---- map elements (fd based)

  void mapUpdate(int fd, MemorySegment key, MemorySegment value, long flags, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      checkRc((int) mapUpdate.invokeExact(st, fd, key, value, flags), st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  /** true when found; false on ENOENT; throws otherwise. */
  boolean mapLookup(int fd, MemorySegment key, MemorySegment value, String what) {
    return orNotFound(fd, key, value, mapLookup, what);
  }

  /** true when deleted; false on ENOENT; throws otherwise. */
  boolean mapDelete(int fd, MemorySegment key, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      int rc = (int) mapDelete.invokeExact(st, fd, key);
      return foundOrAbsent(rc, st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  /** true when a next key was written; false at the end; key may be NULL for the first key. */
  boolean mapNextKey(int fd, MemorySegment key, MemorySegment next, String what) {
    return orNotFound(fd, key, next, mapNextKey, what);
  }

  private boolean orNotFound(
      int fd, MemorySegment key, MemorySegment out, MethodHandle h, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      int rc = (int) h.invokeExact(st, fd, key, out);
      return foundOrAbsent(rc, st, what);
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  private boolean foundOrAbsent(int rc, MemorySegment st, String what) {
    if (rc == 0) {
      return true;
    }
    int err = errorOf(rc, st);
    if (err == Errno.ENOENT) {
      return false;
    }
    throw new LibbpfException(what, err, strerror(err));
  }

  // ---- ring buffers

  private static final int PROT_READ = 1;
  private static final int PROT_WRITE = 2;
  private static final int MAP_SHARED = 1;

  /**
   * {@code mmap(NULL, length, PROT_READ[|PROT_WRITE], MAP_SHARED, fd, offset)}: a map's memory in
   * this process (a ring buffer's positions and data pages); the address.
   */
  long mapShared(int fd, long length, boolean writable, long offset, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      long address =
          (long)
              mmap.invokeExact(
                  st,
                  0L,
                  length,
                  writable ? PROT_READ | PROT_WRITE : PROT_READ,
                  MAP_SHARED,
                  fd,
                  offset);
      if (address == -1L) {
        throw errnoFailure(st, what);
      }
      return address;
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  private static final int EPOLL_CLOEXEC = 0x80000;
  private static final int EPOLL_CTL_ADD = 1;
  private static final int EPOLLIN = 1;
  private static final int EPOLLET = 1 << 31;
  private static final int EINTR = 4;

  /** epoll_event on amd64: packed {u32 events; u64 data}. */
  static final long EPOLL_EVENT_SIZE = 12;

  /**
   * A new epoll instance watching {@code fd} edge-triggered for input: it reports each wakeup of
   * the fd's wait queue once (a ring buffer map's: BPF_RB_FORCE_WAKEUP), not that data is pending.
   */
  int epollEdge(int fd, String what) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      int ep = (int) epollCreate.invokeExact(st, EPOLL_CLOEXEC);
      if (ep < 0) {
        throw errnoFailure(st, what);
      }
      MemorySegment event = a.allocate(EPOLL_EVENT_SIZE);
      event.set(JAVA_INT, 0, EPOLLIN | EPOLLET);
      if ((int) epollCtl.invokeExact(st, ep, EPOLL_CTL_ADD, fd, event) != 0) {
        LibbpfException failure = errnoFailure(st, what);
        int ignored = (int) close.invokeExact(st, ep);
        throw failure;
      }
      return ep;
    } catch (Throwable t) {
      throw rethrow(t, what);
    }
  }

  /**
   * Waits up to {@code timeoutMillis} for an event of {@code epfd} ({@code events}: room for one);
   * returns how many came (0 on timeout or an interrupted wait).
   */
  int epollWait(int epfd, MemorySegment events, MemorySegment captureState, int timeoutMillis) {
    int n;
    try {
      n = (int) epollWait.invokeExact(captureState, epfd, events, 1, timeoutMillis);
    } catch (Throwable t) {
      throw rethrow(t, "waiting on a ring buffer");
    }
    if (n >= 0) {
      return n;
    }
    if ((int) ERRNO.get(captureState, 0L) == EINTR) {
      return 0;
    }
    throw errnoFailure(captureState, "waiting on a ring buffer");
  }

  static MemorySegment allocateCaptureState(Arena arena) {
    return arena.allocate(CAPTURE);
  }

  /** {@code close} of a descriptor this package opened; a failure is logged. */
  void closeFd(int fd) {
    try (Arena a = Arena.ofConfined()) {
      if ((int) close.invokeExact(a.allocate(CAPTURE), fd) != 0) {
        LIBBPF_LOG.warn("closing descriptor {} failed", fd);
      }
    } catch (Throwable t) {
      LIBBPF_LOG.warn("closing descriptor {} failed", fd, t);
    }
  }

  /** {@code munmap}; a failure is logged, not thrown (nothing else can be done with it). */
  void unmap(long address, long length) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment st = a.allocate(CAPTURE);
      if ((int) munmap.invokeExact(st, address, length) != 0) {
        LIBBPF_LOG.warn("munmap of {} bytes failed: errno {}", length, ERRNO.get(st, 0L));
      }
    } catch (Throwable t) {
      LIBBPF_LOG.warn("munmap of {} bytes failed", length, t);
    }
  }

  // ---- errors

  /** libbpf's message for an errno (positive or negative), e.g. "No such process". */
  String strerror(int err) {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment buf = a.allocate(256);
      int rc = (int) strerror.invokeExact(Math.abs(err), buf, 256L);
      String s = buf.getString(0);
      return rc == 0 || !s.isBlank() ? s : "";
    } catch (Throwable t) {
      return "";
    }
  }

  private MemorySegment nonNull(MemorySegment p, MemorySegment st, String what) {
    if (p.address() == 0) {
      int err = (int) ERRNO.get(st, 0L);
      throw new LibbpfException(what, err, err == 0 ? "libbpf returned NULL" : strerror(err));
    }
    return p;
  }

  /** A libc call's failure (it returned -1 and set errno, captured in {@code st}). */
  private LibbpfException errnoFailure(MemorySegment st, String what) {
    int err = (int) ERRNO.get(st, 0L);
    return new LibbpfException(what, err, strerror(err));
  }

  private void checkRc(int rc, MemorySegment st, String what) {
    if (rc != 0) {
      int err = errorOf(rc, st);
      throw new LibbpfException(what, err, strerror(err));
    }
  }

  /** libbpf 1.x returns -errno and sets errno; prefer the return value. */
  private static int errorOf(int rc, MemorySegment st) {
    if (rc < 0) {
      return -rc;
    }
    return (int) ERRNO.get(st, 0L);
  }

  private static RuntimeException rethrow(Throwable t, String what) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new LibbpfException(what, t.toString(), t);
  }

  // ---- libbpf log output

  private static final int PRINT_BUFFER = 1 << 20;

  private static final int PRINT_HEAD = 2048;
  private static final int PRINT_TAIL = 12 * 1024;

  /**
   * A long message (a verifier log) as its beginning and its end: why a program was refused is in
   * the last lines.
   */
  static String shortened(String msg) {
    if (msg.length() <= PRINT_HEAD + PRINT_TAIL) {
      return msg;
    }
    return msg.substring(0, PRINT_HEAD)
        + "\n[... "
        + (msg.length() - PRINT_HEAD - PRINT_TAIL)
        + " characters left out ...]\n"
        + msg.substring(msg.length() - PRINT_TAIL);
  }

  /**
   * libbpf's print callback: {@code int (*)(enum libbpf_print_level, const char *fmt, va_list)}.
   * Formats with vsnprintf only when the level is enabled. Must never throw (it is an upcall).
   */
  @SuppressWarnings("unused") // called from native code
  private int print(int level, MemorySegment format, MemorySegment args) {
    try {
      boolean enabled =
          switch (level) {
            case LIBBPF_WARN -> LIBBPF_LOG.isWarnEnabled();
            case LIBBPF_INFO -> LIBBPF_LOG.isInfoEnabled();
            default -> LIBBPF_LOG.isDebugEnabled();
          };
      if (!enabled) {
        return 0;
      }
      String msg;
      try (Arena a = Arena.ofConfined()) {
        // room for a whole verifier log (the va_list cannot be formatted twice)
        MemorySegment buf = a.allocate(PRINT_BUFFER);
        int n = (int) vsnprintf.invokeExact(buf, (long) PRINT_BUFFER, format, args);
        msg =
            n < 0 ? "(unformattable libbpf message)" : shortened(buf.getString(0).stripTrailing());
      }
      switch (level) {
        case LIBBPF_WARN -> LIBBPF_LOG.warn("{}", msg);
        case LIBBPF_INFO -> LIBBPF_LOG.info("{}", msg);
        default -> LIBBPF_LOG.debug("{}", msg);
      }
    } catch (Throwable ignored) {
      // an exception escaping an upcall would terminate the JVM
    }
    return 0;
  }

  // ---- handles

  private static MethodHandle call(
      SymbolLookup lib, String name, MemoryLayout ret, MemoryLayout... args) {
    return LINKER.downcallHandle(lib.findOrThrow(name), FunctionDescriptor.of(ret, args));
  }

  private static MethodHandle voidCall(SymbolLookup lib, String name, MemoryLayout... args) {
    return LINKER.downcallHandle(lib.findOrThrow(name), FunctionDescriptor.ofVoid(args));
  }

  private static MethodHandle errnoCall(
      SymbolLookup lib, String name, MemoryLayout ret, MemoryLayout... args) {
    return LINKER.downcallHandle(
        lib.findOrThrow(name), FunctionDescriptor.of(ret, args), ERRNO_OPTION);
  }
}
