package io.odigos.odiglet.ebpf.libbpf;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains a BPF ring buffer map ({@code BPF_MAP_TYPE_RINGBUF}) on one platform thread: every poll
 * interval (50 ms by default) it calls {@code ring_buffer__consume}, whose per-record upcall copies
 * the record into one reused array and hands the consumer a reused {@link ByteBuffer} over it
 * (position to limit: the record). Nothing is allocated per record, so a steady stream of events
 * makes no garbage: the heap of a node agent stays where it is. The consumer must not keep the
 * buffer past the call; whatever it throws is counted and logged, never fatal (an exception
 * escaping an upcall would end the JVM). The BPF side submits with {@code BPF_RB_NO_WAKEUP}, so no
 * epoll is needed: batching is what keeps the cost per event low. A poll costs tens of microseconds
 * on a busy VM whether it finds records or not (a timed park, a downcall), so it is not done more
 * often than needed: the wait is the poll interval, shortened when the last drain found more than a
 * quarter of the ring's size in records, in proportion, so that at the observed rate a quarter of
 * the ring fills between drains (down to 1 ms).
 *
 * <p>{@link #records()} and {@link #cpuTimeNanos()} give a benchmark events/s and CPU per event of
 * the reader. {@link #close()} stops the thread after one last drain, joins it, and frees the ring
 * buffer; it is idempotent.
 */
@SuppressWarnings("restricted") // FFM: this package is the one place that calls native code
public final class RingBufferReader implements AutoCloseable {
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(50);
  private static final long MIN_WAIT_NANOS = 1_000_000;
  private static final int RECORD_HEADER = 8;

  private static final Logger LOG = LoggerFactory.getLogger(RingBufferReader.class);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * All of the address space, made once: records are copied out of it by address, since {@code
   * reinterpret} on each record's segment checks its caller (a stack walk) on every call.
   */
  private static final MemorySegment EVERYTHING = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

  private final BpfMap map;
  private final Consumer<ByteBuffer> consumer;
  private final long pollNanos;
  private final LibbpfNative lib;
  private final Arena arena;
  private final MemorySegment ringBuffer;
  private final Thread thread;

  /** The record being handed to the consumer (grown to the largest record seen). */
  private byte[] record = new byte[1024];

  private ByteBuffer view = ByteBuffer.wrap(record);

  private volatile boolean running = true;
  private final long quarterRingBytes;
  private long drainedBytes;
  private volatile long records;
  private volatile long upcallErrors;
  private volatile long consumerErrors;
  private volatile long polls;
  private volatile long finalCpuNanos = -1;
  private volatile Throwable failure;
  private boolean closed;

  private RingBufferReader(BpfMap map, Consumer<ByteBuffer> consumer, Duration pollInterval) {
    this.map = map;
    this.consumer = consumer;
    this.pollNanos = pollInterval.toNanos();
    this.quarterRingBytes = Math.max(4096, Integer.toUnsignedLong(map.maxEntries()) / 4);
    this.lib = map.object().lib();
    this.arena = Arena.ofShared();
    try {
      MethodHandle onSample =
          MethodHandles.lookup()
              .findVirtual(
                  RingBufferReader.class,
                  "onSample",
                  MethodType.methodType(int.class, long.class, long.class, long.class))
              .bindTo(this);
      // int (*)(void *ctx, void *data, size_t size): the pointers taken as plain 64-bit values
      // (the same registers on the 64-bit ABIs), as a MemorySegment argument is an object per call
      MemorySegment callback =
          Linker.nativeLinker()
              .upcallStub(
                  onSample,
                  FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG),
                  arena);
      String what = "creating a ring buffer reader for map " + map;
      this.ringBuffer =
          map.object().whileLoaded(what, () -> lib.ringBufferNew(map.fdLocked(), callback, what));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      arena.close();
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      arena.close();
      throw e;
    }
    this.thread =
        Thread.ofPlatform().daemon().name("bpf-ringbuf-" + map.name()).unstarted(this::run);
    thread.start();
  }

  /** Starts draining {@code ringBuffer} every 50 ms into {@code consumer}. */
  public static RingBufferReader start(BpfMap ringBuffer, Consumer<ByteBuffer> consumer) {
    return start(ringBuffer, consumer, DEFAULT_POLL_INTERVAL);
  }

  /**
   * Starts draining {@code ringBuffer} every {@code pollInterval} into {@code consumer} (called on
   * the reader's thread, one record at a time, in ring order, with a buffer that is only valid
   * during the call).
   */
  public static RingBufferReader start(
      BpfMap ringBuffer, Consumer<ByteBuffer> consumer, Duration pollInterval) {
    Objects.requireNonNull(consumer, "consumer");
    if (ringBuffer.type() != BpfMap.TYPE_RINGBUF) {
      throw new IllegalArgumentException(
          "map " + ringBuffer + " is of type " + ringBuffer.type() + ", not a ring buffer");
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("poll interval must be positive: " + pollInterval);
    }
    return new RingBufferReader(ringBuffer, consumer, pollInterval);
  }

  private void run() {
    MemorySegment captureState = LibbpfNative.allocateCaptureState(arena);
    String what = "draining ring buffer " + map;
    try {
      while (running) {
        LockSupport.parkNanos(
            nextWaitNanos(drain(captureState, what), pollNanos, quarterRingBytes));
      }
      drain(captureState, what); // what was submitted before close()
    } catch (Throwable t) {
      failure = t;
      LOG.error("ring buffer reader for {} stopped: {}", map, t.toString(), t);
    } finally {
      finalCpuNanos = THREADS.getCurrentThreadCpuTime();
    }
  }

  /**
   * How long to wait after a drain that found {@code bytes} of records: the poll interval, or less
   * when at that rate more than {@code quarterRing} bytes would arrive in it.
   */
  static long nextWaitNanos(long bytes, long pollNanos, long quarterRing) {
    if (bytes <= quarterRing) {
      return pollNanos;
    }
    return Math.max(MIN_WAIT_NANOS, (long) (pollNanos * ((double) quarterRing / bytes)));
  }

  /** Drains what is there; returns the bytes of ring it took (records with their headers). */
  private long drain(MemorySegment captureState, String what) {
    drainedBytes = 0;
    lib.ringBufferConsume(ringBuffer, captureState, what);
    polls++;
    return drainedBytes;
  }

  /** The ring_buffer_sample_fn upcall: copy out, hand over, never throw. */
  @SuppressWarnings("unused") // called from native code
  private int onSample(long ctx, long data, long size) {
    ByteBuffer r;
    try {
      int n = Math.toIntExact(size);
      if (n > record.length) {
        record = new byte[Math.max(n, 2 * record.length)];
        view = ByteBuffer.wrap(record);
      }
      MemorySegment.copy(EVERYTHING, ValueLayout.JAVA_BYTE, data, record, 0, n);
      r = view.clear().limit(n);
      records++;
      drainedBytes += (size + RECORD_HEADER + 7) & ~7L;
    } catch (Throwable t) {
      upcallErrors++;
      return 0;
    }
    try {
      consumer.accept(r);
    } catch (Throwable t) {
      consumerFailed(t);
    }
    return 0;
  }

  private void consumerFailed(Throwable t) {
    long n = ++consumerErrors;
    try {
      if (n == 1 || n % 10_000 == 0) {
        LOG.warn("consumer of ring buffer {} failed ({} failures so far)", map, n, t);
      }
    } catch (Throwable ignored) {
      // a failing logger must not end the JVM from an upcall either
    }
  }

  /** Records copied out of the ring buffer so far. */
  public long records() {
    return records;
  }

  /** Records the consumer threw on (they are dropped). */
  public long consumerErrors() {
    return consumerErrors;
  }

  /** Records that could not be copied (out of memory); they are dropped. */
  public long upcallErrors() {
    return upcallErrors;
  }

  /** {@code ring_buffer__consume} calls so far. */
  public long polls() {
    return polls;
  }

  /** CPU time the reader thread has used (including its consumer calls), in nanoseconds. */
  public long cpuTimeNanos() {
    long fin = finalCpuNanos;
    if (fin >= 0) {
      return fin;
    }
    long t = THREADS.getThreadCpuTime(thread.threadId());
    return t >= 0 ? t : Math.max(finalCpuNanos, 0);
  }

  /** Whether the thread is still draining (false after close or after a libbpf error). */
  public boolean isRunning() {
    return thread.isAlive() && failure == null;
  }

  /** Stops after a last drain, joins the thread and frees the ring buffer; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    running = false;
    LockSupport.unpark(thread);
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    lib.ringBufferFree(ringBuffer);
    arena.close();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "RingBufferReader[" + map + ", " + records + " records]";
  }
}
