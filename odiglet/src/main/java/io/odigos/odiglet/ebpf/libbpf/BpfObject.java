package io.odigos.odiglet.ebpf.libbpf;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A BPF object file opened (and, after {@link #load()}, loaded into the kernel) by libbpf: its
 * programs and maps. The programs built by the {@code bpf} module are classpath resources {@code
 * io/odigos/bpf/<name>.bpf.o}; {@link #openResource(String)} opens one of them by name.
 *
 * <p>Closing the object unloads its programs and maps (links created from its programs keep the
 * kernel program alive until they are closed themselves); {@link BpfProgram} and {@link BpfMap}
 * views of a closed object refuse further use. Thread-safe.
 */
public final class BpfObject implements AutoCloseable {
  /** Where the {@code bpf} module puts its compiled programs on the classpath. */
  public static final String RESOURCE_DIR = "io/odigos/bpf/";

  private final LibbpfNative lib;
  private final String name;
  private final Arena arena;
  private final MemorySegment ptr;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, BpfProgram> programs = new HashMap<>();
  private final Map<String, BpfMap> maps = new HashMap<>();
  private boolean loaded;
  private boolean closed;

  private BpfObject(LibbpfNative lib, String name, Arena arena, MemorySegment ptr) {
    this.lib = lib;
    this.name = name;
    this.arena = arena;
    this.ptr = ptr;
  }

  /** Opens {@code io/odigos/bpf/<name>.bpf.o} from the classpath (not loaded yet). */
  public static BpfObject openResource(String name) {
    String resource = RESOURCE_DIR + name + ".bpf.o";
    byte[] bytes;
    try (InputStream in = BpfObject.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new LibbpfException(
            "opening BPF object " + name,
            0,
            "no classpath resource "
                + resource
                + " (is the bpf module built and on the classpath?)");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new LibbpfException("reading classpath resource " + resource, e.toString(), e);
    }
    return openBytes(name, bytes);
  }

  /** Opens an object from its ELF bytes; {@code name} names it in libbpf's log. */
  public static BpfObject openBytes(String name, byte[] elf) {
    Objects.requireNonNull(name, "name");
    LibbpfNative lib = LibbpfNative.get();
    Arena arena = Arena.ofShared();
    try {
      // libbpf parses the ELF in place until load: the copy lives as long as the object
      MemorySegment buf = arena.allocate(Math.max(1, elf.length), 8);
      MemorySegment.copy(elf, 0, buf, ValueLayout.JAVA_BYTE, 0, elf.length);
      MemorySegment ptr =
          lib.openMem(
              buf.asSlice(0, elf.length),
              ObjectOpenOpts.named(arena, name),
              "opening BPF object " + name + " (" + elf.length + " bytes)");
      return new BpfObject(lib, name, arena, ptr);
    } catch (RuntimeException e) {
      arena.close();
      throw e;
    }
  }

  /** Opens an object file (not loaded yet). */
  public static BpfObject openFile(Path path) {
    LibbpfNative lib = LibbpfNative.get();
    Arena arena = Arena.ofShared();
    String name = path.getFileName().toString().replaceFirst("\\.bpf\\.o$|\\.o$", "");
    try {
      MemorySegment ptr =
          lib.openFile(
              arena.allocateFrom(path.toString()),
              ObjectOpenOpts.named(arena, name),
              "opening BPF object file " + path);
      return new BpfObject(lib, name, arena, ptr);
    } catch (RuntimeException e) {
      arena.close();
      throw e;
    }
  }

  /** Opens and loads {@code io/odigos/bpf/<name>.bpf.o}; nothing stays open when loading fails. */
  public static BpfObject loadResource(String name) {
    BpfObject o = openResource(name);
    try {
      return o.load();
    } catch (RuntimeException e) {
      o.close();
      throw e;
    }
  }

  /**
   * Creates the maps and loads the programs into the kernel (the verifier runs here: its log goes
   * to the {@code libbpf} logger). Returns this object.
   */
  public BpfObject load() {
    lock.writeLock().lock();
    try {
      ensureOpen();
      if (loaded) {
        throw new IllegalStateException("BPF object " + name + " is already loaded");
      }
      lib.load(ptr, "loading BPF object " + name + " into the kernel");
      loaded = true;
      return this;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** A program by its C function name; {@link LibbpfException} (ENOENT) when there is none. */
  public BpfProgram program(String programName) {
    lock.writeLock().lock();
    try {
      ensureOpen();
      BpfProgram p = programs.get(programName);
      if (p == null) {
        MemorySegment pp =
            lib.findProgram(
                ptr,
                arena.allocateFrom(programName),
                "finding program " + programName + " in BPF object " + name);
        p = new BpfProgram(this, programName, pp);
        programs.put(programName, p);
      }
      return p;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * A map by its C name; {@link LibbpfException} (ENOENT) when there is none. Element operations
   * need the object to be loaded.
   */
  public BpfMap map(String mapName) {
    lock.writeLock().lock();
    try {
      ensureOpen();
      BpfMap m = maps.get(mapName);
      if (m == null) {
        MemorySegment mp =
            lib.findMap(
                ptr,
                arena.allocateFrom(mapName),
                "finding map " + mapName + " in BPF object " + name);
        m = new BpfMap(this, mapName, mp);
        maps.put(mapName, m);
      }
      return m;
    } finally {
      lock.writeLock().unlock();
    }
  }

  public String name() {
    return name;
  }

  public boolean isLoaded() {
    lock.readLock().lock();
    try {
      return loaded && !closed;
    } finally {
      lock.readLock().unlock();
    }
  }

  LibbpfNative lib() {
    return lib;
  }

  /**
   * Runs {@code action} while this object is guaranteed to stay open and loaded (so map fds cannot
   * be closed, and their numbers reused, underneath it).
   */
  <T> T whileLoaded(String what, java.util.function.Supplier<T> action) {
    lock.readLock().lock();
    try {
      ensureOpen();
      if (!loaded) {
        throw new IllegalStateException(what + ": BPF object " + name + " is not loaded yet");
      }
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("BPF object " + name + " is closed");
    }
  }

  /** Unloads the programs and maps and frees the object; idempotent. */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      lib.close(ptr);
      arena.close();
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public String toString() {
    return "BpfObject[" + name + (closed ? ", closed" : loaded ? ", loaded" : ", opened") + "]";
  }
}
