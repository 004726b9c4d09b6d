package io.odigos.odiglet.ebpf.trace;

import java.util.Arrays;

/**
 * The probed processes by tgid, read on the ring buffer's thread once per event without allocating
 * (a {@code Map<Integer, ...>} boxes every tgid above 127): a sorted snapshot searched by binary
 * search, replaced as a whole when a process is added or removed, which happens rarely.
 */
final class ProcessTable {
  private record Snapshot(int[] tgids, ProcessTelemetry[] processes) {}

  private volatile Snapshot snapshot = new Snapshot(new int[0], new ProcessTelemetry[0]);

  ProcessTelemetry get(int tgid) {
    Snapshot s = snapshot;
    int i = Arrays.binarySearch(s.tgids(), tgid);
    return i >= 0 ? s.processes()[i] : null;
  }

  synchronized void put(int tgid, ProcessTelemetry telemetry) {
    Snapshot s = snapshot;
    int i = Arrays.binarySearch(s.tgids(), tgid);
    if (i >= 0) {
      ProcessTelemetry[] processes = s.processes().clone();
      processes[i] = telemetry;
      snapshot = new Snapshot(s.tgids(), processes);
      return;
    }
    int at = -i - 1;
    int n = s.tgids().length;
    int[] tgids = new int[n + 1];
    ProcessTelemetry[] processes = new ProcessTelemetry[n + 1];
    System.arraycopy(s.tgids(), 0, tgids, 0, at);
    System.arraycopy(s.processes(), 0, processes, 0, at);
    tgids[at] = tgid;
    processes[at] = telemetry;
    System.arraycopy(s.tgids(), at, tgids, at + 1, n - at);
    System.arraycopy(s.processes(), at, processes, at + 1, n - at);
    snapshot = new Snapshot(tgids, processes);
  }

  synchronized void remove(int tgid) {
    Snapshot s = snapshot;
    int at = Arrays.binarySearch(s.tgids(), tgid);
    if (at < 0) {
      return;
    }
    int n = s.tgids().length;
    int[] tgids = new int[n - 1];
    ProcessTelemetry[] processes = new ProcessTelemetry[n - 1];
    System.arraycopy(s.tgids(), 0, tgids, 0, at);
    System.arraycopy(s.processes(), 0, processes, 0, at);
    System.arraycopy(s.tgids(), at + 1, tgids, at, n - at - 1);
    System.arraycopy(s.processes(), at + 1, processes, at, n - at - 1);
    snapshot = new Snapshot(tgids, processes);
  }

  int size() {
    return snapshot.tgids().length;
  }
}
