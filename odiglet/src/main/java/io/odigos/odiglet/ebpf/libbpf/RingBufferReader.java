package io.odigos.odiglet.ebpf.libbpf;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains a BPF ring buffer map ({@code BPF_MAP_TYPE_RINGBUF}) on one platform thread, reading the
 * ring through its own mapping of the map, as the kernel lays it out: a page holding the consumer
 * position (ours to write), a page holding the producer position, then the data pages, mapped twice
 * in a row so that a record that wraps around the end is still contiguous. Each record has an
 * 8-byte header (its length, with a busy bit while the producer is writing it and a discard bit)
 * and is padded to 8 bytes. Draining is plain memory reads, no system call and no call into libbpf
 * or up from it: the thread reads the producer position, copies each committed record into one
 * reused array, hands the consumer a reused {@link ByteBuffer} over it (position to limit: the
 * record), and moves the consumer position past it. Nothing is allocated per record, so a steady
 * stream of events makes no garbage. The consumer must not keep the buffer past the call; what it
 * throws is counted and logged.
 *
 * <p>Wakeups are batched: the probes submit without waking anyone until a quarter of the ring is
 * pending, then with {@code BPF_RB_FORCE_WAKEUP}; the thread waits on an edge-triggered epoll of
 * the map, which reports those wakeups (not that data is pending), or for the poll interval (200 ms
 * by default), whichever comes first: a record waits at most that long, and a busy ring is drained
 * as it fills, not on a fast timer (each timed wakeup costs tens of microseconds of CPU on a VM).
 * When a drain found more than a quarter of the ring anyway, the next wait is shortened in
 * proportion (down to 1 ms).
 *
 * <p>{@link #records()} and {@link #cpuTimeNanos()} give a benchmark events/s and CPU per event of
 * the reader. {@link #close()} stops the thread after one last drain (at the end of its current
 * wait), joins it, and unmaps the ring; it is idempotent.
 */
@SuppressWarnings("restricted") // FFM: this package is the one place that calls native code
public final class RingBufferReader implements AutoCloseable {
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(200);
  private static final long MIN_WAIT_NANOS = 1_000_000;
  private static final int RECORD_HEADER = 8;
  private static final int BUSY = 1 << 31; // BPF_RINGBUF_BUSY_BIT
  private static final int DISCARD = 1 << 30; // BPF_RINGBUF_DISCARD_BIT
  private static final long PAGE = 4096; // amd64, the one architecture the probes support

  private static final Logger LOG = LoggerFactory.getLogger(RingBufferReader.class);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
  private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();

  private final BpfMap map;
  private final Consumer<ByteBuffer> consumer;
  private final long pollNanos;
  private final LibbpfNative lib;
  private final long size;
  private final long mask;
  private final long consumerAddress;
  private final long producerAddress;
  private final int epoll;
  private final MemorySegment consumerPage;
  private final MemorySegment producerPage;
  private final MemorySegment data;
  private final Thread thread;

  /** The record being handed to the consumer (grown to the largest record seen). */
  private byte[] record = new byte[1024];

  private ByteBuffer view = ByteBuffer.wrap(record);

  private volatile boolean running = true;
  private final long quarterRingBytes;
  private volatile long records;
  private volatile long consumerErrors;
  private volatile long polls;
  private volatile long finalCpuNanos = -1;
  private volatile Throwable failure;
  private boolean closed;

  private RingBufferReader(BpfMap map, Consumer<ByteBuffer> consumer, Duration pollInterval) {
    this.map = map;
    this.consumer = consumer;
    this.pollNanos = pollInterval.toNanos();
    this.size = Integer.toUnsignedLong(map.maxEntries());
    if (size < PAGE || Long.bitCount(size) != 1) {
      throw new IllegalArgumentException(
          "ring buffer " + map + " of " + size + " bytes: not a power of two of pages");
    }
    this.mask = size - 1;
    this.quarterRingBytes = size / 4;
    this.lib = map.object().lib();
    String what = "mapping ring buffer " + map;
    int fd = map.fd();
    this.consumerAddress = lib.mapShared(fd, PAGE, true, 0, what);
    try {
      this.producerAddress = lib.mapShared(fd, PAGE + 2 * size, false, PAGE, what);
    } catch (RuntimeException e) {
      lib.unmap(consumerAddress, PAGE);
      throw e;
    }
    try {
      this.epoll = lib.epollEdge(fd, "watching ring buffer " + map);
    } catch (RuntimeException e) {
      lib.unmap(producerAddress, PAGE + 2 * size);
      lib.unmap(consumerAddress, PAGE);
      throw e;
    }
    MemorySegment everything = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
    this.consumerPage = everything.asSlice(consumerAddress, PAGE);
    this.producerPage = everything.asSlice(producerAddress, PAGE);
    this.data = everything.asSlice(producerAddress + PAGE, 2 * size);
    this.thread =
        Thread.ofPlatform().daemon().name("bpf-ringbuf-" + map.name()).unstarted(this::run);
    thread.start();
  }

  /** Starts draining {@code ringBuffer} into {@code consumer}, waiting at most 200 ms. */
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
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment event = arena.allocate(LibbpfNative.EPOLL_EVENT_SIZE);
      MemorySegment captureState = LibbpfNative.allocateCaptureState(arena);
      while (running) {
        long waitNanos = nextWaitNanos(drain(), pollNanos, quarterRingBytes);
        lib.epollWait(epoll, event, captureState, (int) Math.max(1, waitNanos / 1_000_000));
      }
      drain(); // what was submitted before close()
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

  /** Takes every committed record; returns the bytes of ring it took (with headers and padding). */
  private long drain() {
    polls++;
    long start = (long) LONG.getAcquire(consumerPage, 0L);
    long cons = start;
    long prod = (long) LONG.getAcquire(producerPage, 0L);
    while (cons < prod) {
      int header = (int) INT.getAcquire(data, cons & mask);
      if ((header & BUSY) != 0) {
        break; // reserved, not yet submitted: the next drain takes it
      }
      int len = header & ~(BUSY | DISCARD);
      if ((header & DISCARD) == 0) {
        deliver((cons & mask) + RECORD_HEADER, len);
      }
      cons += (len + RECORD_HEADER + 7) & ~7L;
      LONG.setRelease(consumerPage, 0L, cons); // the producer may reuse the space now
    }
    return cons - start;
  }

  private void deliver(long offset, int len) {
    if (len > record.length) {
      record = new byte[Math.max(len, 2 * record.length)];
      view = ByteBuffer.wrap(record);
    }
    MemorySegment.copy(data, ValueLayout.JAVA_BYTE, offset, record, 0, len);
    records++;
    try {
      consumer.accept(view.clear().limit(len));
    } catch (RuntimeException | Error t) {
      long n = ++consumerErrors;
      if (n == 1 || n % 10_000 == 0) {
        LOG.warn("consumer of ring buffer {} failed ({} failures so far)", map, n, t);
      }
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

  /** Drains so far. */
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

  /** Whether the thread is still draining (false after close or after a failure). */
  public boolean isRunning() {
    return thread.isAlive() && failure == null;
  }

  /** Stops after a last drain, joins the thread and unmaps the ring; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    running = false; // seen at the end of the current wait (at most the poll interval)
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    lib.closeFd(epoll);
    lib.unmap(producerAddress, PAGE + 2 * size);
    lib.unmap(consumerAddress, PAGE);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "RingBufferReader[" + map + ", " + records + " records]";
  }
}
