package io.odigos.odiglet.ebpf.libbpf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FFM layer against the real kernel and libbpf: selftest.bpf.o from the classpath, uprobes on a
 * C process compiled here, events through the ring buffer, the hits map, detaching, pid filtering,
 * and typed errors. Needs root (or CAP_BPF + CAP_PERFMON), gcc and libbpf: bpf/install-deps.sh.
 */
class LibbpfUprobeIT {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final byte[] KEY_0 = new byte[4];

  @TempDir static Path dir;
  static CTarget target;

  private final List<Process> processes = new ArrayList<>();
  private final List<AutoCloseable> resources = new ArrayList<>();

  @BeforeAll
  static void compileTarget() throws Exception {
    LibbpfVersion v = LibbpfVersion.require(1, 1);
    System.out.println("libbpf " + v);
    target = CTarget.compile(dir);
  }

  @AfterEach
  void cleanUp() throws Exception {
    for (int i = resources.size() - 1; i >= 0; i--) {
      resources.get(i).close();
    }
    for (Process p : processes) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private <T extends AutoCloseable> T use(T r) {
    resources.add(r);
    return r;
  }

  private Process startTarget() throws IOException {
    Process p = target.start();
    processes.add(p);
    return p;
  }

  private static long hits(BpfObject obj) {
    byte[] v = obj.map("hits").lookup(KEY_0).orElseThrow();
    return ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  @Test
  void events_arrive_from_the_probed_process_and_stop_when_the_link_closes() throws Exception {
    Process a = startTarget();
    BpfObject obj = use(BpfObject.loadResource("selftest"));
    Queue<SelftestEvent> events = new ConcurrentLinkedQueue<>();
    long before = System.nanoTime();
    RingBufferReader reader =
        use(RingBufferReader.start(obj.map("events"), r -> events.add(SelftestEvent.parse(r))));
    UprobeLink link =
        UprobeLink.attach(
            obj.program("uprobe_selftest"), target.binary(), target.fileOffset(), (int) a.pid());
    resources.add(link);
    assertThat(link.isAttached()).isTrue();

    await().atMost(WAIT).until(() -> events.size() >= 50);
    long after = System.nanoTime();
    List<SelftestEvent> seen = List.copyOf(events);
    assertThat(seen).allSatisfy(e -> assertThat(e.tgid()).isEqualTo((int) a.pid()));
    assertThat(seen).allSatisfy(e -> assertThat(e.tid()).isEqualTo((int) a.pid()));
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i).arg0())
          .as("argument of call %d", i)
          .isEqualTo(seen.get(i - 1).arg0() + 1);
      assertThat(seen.get(i).ktimeNanos()).isGreaterThan(seen.get(i - 1).ktimeNanos());
    }
    // bpf_ktime_get_ns is CLOCK_MONOTONIC, the clock of System.nanoTime
    assertThat(seen.getFirst().ktimeNanos()).isBetween(before, after);
    assertThat(hits(obj)).isGreaterThanOrEqualTo(seen.size());

    link.close();
    link.close(); // idempotent
    assertThat(link.isAttached()).isFalse();
    // what was in flight is drained within a few polls; then nothing more comes
    Thread.sleep(300);
    long count = reader.records();
    long hitsAtClose = hits(obj);
    Thread.sleep(700);
    assertThat(a.isAlive()).isTrue();
    assertThat(reader.records()).isEqualTo(count);
    assertThat(hits(obj)).isEqualTo(hitsAtClose).isEqualTo(count);
    assertThat(events).hasSize((int) count);
    assertThat(reader.consumerErrors()).isZero();
    // the last second alone had a drain at least every poll interval (200 ms)
    assertThat(reader.polls()).isGreaterThanOrEqualTo(5);
    assertThat(reader.cpuTimeNanos()).isPositive();
    System.out.printf(
        "selftest: %d events, reader CPU %.1f µs/event over %d polls%n",
        count, reader.cpuTimeNanos() / 1e3 / count, reader.polls());
  }

  @Test
  void a_pid_filter_sees_only_that_process() throws Exception {
    Process a = startTarget();
    Process b = startTarget();
    BpfObject obj = use(BpfObject.loadResource("selftest"));
    Queue<SelftestEvent> events = new ConcurrentLinkedQueue<>();
    use(RingBufferReader.start(obj.map("events"), r -> events.add(SelftestEvent.parse(r))));
    BpfProgram prog = obj.program("uprobe_selftest");
    use(UprobeLink.attach(prog, target.binary(), target.fileOffset(), (int) b.pid()));

    await().atMost(WAIT).until(() -> events.size() >= 100);
    assertThat(events).allSatisfy(e -> assertThat(e.tgid()).isEqualTo((int) b.pid()));

    // without a filter both processes show up: the filter above was what kept A out
    UprobeLink all =
        use(
            UprobeLink.attach(
                prog, target.binary(), target.fileOffset(), UprobeLink.ALL_PROCESSES));
    assertThat(all.pid()).isEqualTo(-1);
    await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> e.tgid() == (int) a.pid()));
  }

  @Test
  void the_reader_keeps_up_with_a_busy_process() throws Exception {
    Process busy = target.startBusy();
    processes.add(busy);
    BpfObject obj = use(BpfObject.loadResource("selftest"));
    long[] last = {-1};
    long[] gaps = {0};
    RingBufferReader reader =
        use(
            RingBufferReader.start(
                obj.map("events"),
                r -> {
                  long arg = SelftestEvent.parse(r).arg0();
                  if (last[0] >= 0 && arg != last[0] + 1) {
                    gaps[0]++;
                  }
                  last[0] = arg;
                }));
    long cpu0 = reader.cpuTimeNanos();
    long t0 = System.nanoTime();
    UprobeLink link =
        use(
            UprobeLink.attach(
                obj.program("uprobe_selftest"),
                target.binary(),
                target.fileOffset(),
                (int) busy.pid()));
    Thread.sleep(3000);
    link.close();
    Thread.sleep(200);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long records = reader.records();
    long cpu = reader.cpuTimeNanos() - cpu0;
    long hits = hits(obj);
    System.out.printf(
        "busy target: %d hits, %d events in %.2f s (%.0f events/s), reader CPU %.2f µs/event"
            + " (%.1f %% of a core), %d gaps (ring full)%n",
        hits,
        records,
        seconds,
        records / seconds,
        cpu / 1e3 / Math.max(records, 1),
        cpu / 1e7 / seconds,
        gaps[0]);
    assertThat(records).isGreaterThan(1000).isLessThanOrEqualTo(hits);
    assertThat(reader.consumerErrors()).isZero();
  }

  @Test
  void the_empty_probe_attaches_and_emits_nothing() throws Exception {
    Process a = startTarget();
    BpfObject obj = use(BpfObject.loadResource("selftest"));
    RingBufferReader reader = use(RingBufferReader.start(obj.map("events"), r -> {}));
    UprobeLink link =
        use(
            UprobeLink.attach(
                obj.program("uprobe_empty"), target.binary(), target.fileOffset(), (int) a.pid()));
    Thread.sleep(500);
    assertThat(link.isAttached()).isTrue();
    assertThat(a.isAlive()).isTrue();
    assertThat(reader.records()).isZero();
    assertThat(hits(obj)).isZero();
  }

  @Test
  void a_throwing_consumer_is_counted_and_the_reader_keeps_going() throws Exception {
    Process a = startTarget();
    BpfObject obj = use(BpfObject.loadResource("selftest"));
    RingBufferReader reader =
        use(
            RingBufferReader.start(
                obj.map("events"),
                r -> {
                  throw new IllegalStateException("consumer failure for the test");
                },
                Duration.ofMillis(5)));
    use(
        UprobeLink.attach(
            obj.program("uprobe_selftest"), target.binary(), target.fileOffset(), (int) a.pid()));
    await().atMost(WAIT).until(() -> reader.consumerErrors() >= 50);
    assertThat(reader.isRunning()).isTrue();
    assertThat(reader.consumerErrors()).isLessThanOrEqualTo(reader.records());
    reader.close();
    reader.close();
    assertThat(reader.isRunning()).isFalse();
    assertThat(reader.consumerErrors()).isEqualTo(reader.records());
  }

  @Test
  void errors_are_typed_name_what_was_done_and_leak_nothing() throws Exception {
    BpfObject obj = use(BpfObject.loadResource("selftest"));
    BpfProgram prog = obj.program("uprobe_selftest");
    Process dead = target.start();
    dead.destroyForcibly();
    assertThat(dead.waitFor(10, TimeUnit.SECONDS)).isTrue();
    long size = Files.size(target.binary());
    List<Runnable> failures =
        List.of(
            () -> obj.program("no_such_program"),
            () -> obj.map("no_such_map"),
            () -> UprobeLink.attach(prog, target.binary(), size + 4096, UprobeLink.ALL_PROCESSES),
            () -> UprobeLink.attach(prog, target.binary(), target.fileOffset(), (int) dead.pid()),
            () -> UprobeLink.attach(prog, dir.resolve("missing"), 0x40, UprobeLink.ALL_PROCESSES),
            () -> BpfObject.openBytes("garbage", new byte[] {1, 2, 3, 4}));
    failures.forEach(LibbpfUprobeIT::swallow); // warm up lazily opened JDK files

    long fdsBefore = openFds();
    for (int i = 0; i < 10; i++) {
      failures.forEach(LibbpfUprobeIT::swallow);
    }
    assertThat(openFds()).as("open fds after 60 failures").isEqualTo(fdsBefore);

    assertThatThrownBy(() -> obj.program("no_such_program"))
        .isInstanceOfSatisfying(
            LibbpfException.class, e -> assertThat(e.errnoName()).isEqualTo("ENOENT"))
        .hasMessageStartingWith("finding program no_such_program in BPF object selftest failed");
    assertThatThrownBy(() -> obj.map("no_such_map"))
        .isInstanceOf(LibbpfException.class)
        .hasMessageContaining("no_such_map");
    assertThatThrownBy(
            () -> UprobeLink.attach(prog, target.binary(), size + 4096, UprobeLink.ALL_PROCESSES))
        .isInstanceOfSatisfying(
            LibbpfException.class, e -> assertThat(e.errnoName()).isEqualTo("EINVAL"))
        .hasMessageContaining(target.binary() + "+0x" + Long.toHexString(size + 4096));
    assertThatThrownBy(
            () -> UprobeLink.attach(prog, target.binary(), target.fileOffset(), (int) dead.pid()))
        .isInstanceOfSatisfying(
            LibbpfException.class, e -> assertThat(e.errnoName()).isEqualTo("ESRCH"))
        .hasMessageContaining("(pid " + dead.pid() + ")");
    assertThatThrownBy(
            () -> UprobeLink.attach(prog, dir.resolve("missing"), 0x40, UprobeLink.ALL_PROCESSES))
        .isInstanceOfSatisfying(
            LibbpfException.class, e -> assertThat(e.errnoName()).isEqualTo("ENOENT"));
    assertThatThrownBy(() -> BpfObject.openBytes("garbage", new byte[] {1, 2, 3, 4}))
        .isInstanceOf(LibbpfException.class)
        .hasMessageStartingWith("opening BPF object garbage (4 bytes) failed");
    assertThatThrownBy(() -> BpfObject.openResource("no_such_object"))
        .isInstanceOf(LibbpfException.class)
        .hasMessageContaining("io/odigos/bpf/no_such_object.bpf.o");

    // Java-side misuse: clear exceptions before anything reaches libbpf
    assertThatThrownBy(() -> obj.map("hits").lookup(new byte[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("map hits: key must be 4 bytes, got 3");
    assertThatThrownBy(() -> RingBufferReader.start(obj.map("hits"), r -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a ring buffer");
    assertThatThrownBy(() -> UprobeLink.attach(prog, target.binary(), -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    obj.close();
    assertThatThrownBy(() -> obj.program("uprobe_selftest"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("BPF object selftest is closed");
    assertThatThrownBy(() -> UprobeLink.attach(prog, target.binary(), target.fileOffset(), -1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void map_elements_round_trip() {
    BpfObject obj = use(BpfObject.loadResource("selftest"));
    BpfMap hits = obj.map("hits");
    assertThat(hits.keySize()).isEqualTo(4);
    assertThat(hits.valueSize()).isEqualTo(8);
    assertThat(hits.maxEntries()).isEqualTo(1);
    assertThat(hits.fd()).isPositive();
    byte[] v = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(41).array();
    hits.update(KEY_0, v);
    assertThat(hits(obj)).isEqualTo(41);
    assertThat(hits.keys()).hasSize(1);
    // key 1 is outside the one-element array
    assertThatThrownBy(() -> hits.update(new byte[] {1, 0, 0, 0}, v))
        .isInstanceOfSatisfying(
            LibbpfException.class, e -> assertThat(e.errnoName()).isEqualTo("E2BIG"));
    assertThat(hits.lookup(new byte[] {1, 0, 0, 0})).isEmpty();
    assertThat(obj.map("events").type()).isEqualTo(BpfMap.TYPE_RINGBUF);
  }

  @Test
  void uprobe_opts_layout_matches_the_installed_libbpf_header() throws Exception {
    Path src = dir.resolve("opts.c");
    Path bin = dir.resolve("opts");
    Files.writeString(
        src,
        """
        #include <stdio.h>
        #include <stddef.h>
        #include <bpf/libbpf.h>
        int main(void) {
          printf("%zu %zu %zu %zu %zu %zu\\n",
            offsetof(struct bpf_uprobe_opts, sz), offsetof(struct bpf_uprobe_opts, ref_ctr_offset),
            offsetof(struct bpf_uprobe_opts, bpf_cookie), offsetof(struct bpf_uprobe_opts, retprobe),
            offsetof(struct bpf_uprobe_opts, func_name),
            offsetof(struct bpf_uprobe_opts, func_name) + sizeof(const char *));
          return 0;
        }
        """);
    Process gcc =
        new ProcessBuilder("gcc", "-o", bin.toString(), src.toString())
            .redirectErrorStream(true)
            .start();
    String gccOut = new String(gcc.getInputStream().readAllBytes());
    assertThat(gcc.waitFor()).as("gcc: %s", gccOut).isZero();
    Process run = new ProcessBuilder(bin.toString()).start();
    String out = new String(run.getInputStream().readAllBytes()).strip();
    assertThat(run.waitFor()).isZero();
    assertThat(out)
        .isEqualTo(
            Stream.of(
                    UprobeOpts.OFFSET_SZ,
                    UprobeOpts.OFFSET_REF_CTR,
                    UprobeOpts.OFFSET_COOKIE,
                    UprobeOpts.OFFSET_RETPROBE,
                    UprobeOpts.OFFSET_FUNC_NAME,
                    UprobeOpts.SIZE)
                .map(String::valueOf)
                .reduce((x, y) -> x + " " + y)
                .orElseThrow());
  }

  private static void swallow(Runnable r) {
    try {
      r.run();
    } catch (LibbpfException expected) {
      // counted by the fd check
    }
  }

  private static long openFds() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
      return s.count();
    }
  }
}
