package io.odigos.odiglet.inspect;

import io.odigos.odiglet.inspect.cgroup.CgroupPaths;
import io.odigos.odiglet.inspect.detect.RuntimeDetector;
import io.odigos.odiglet.inspect.proc.ProcFs;
import io.odigos.odiglet.inspect.proc.ProcScanner;
import io.odigos.odiglet.inspect.proc.ProcessSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runtime inspection of the processes under one procfs root: snapshot each process, attribute it to
 * its owner (host-mode attribution first, then the cgroup path), detect what it runs. A process
 * that vanishes or cannot be read is skipped; inspection never throws because of one process.
 */
public final class ProcessInspector {
  private final ProcScanner scanner;
  private final RuntimeDetector detector;
  private final HostAttribution host;

  public ProcessInspector(ProcFs proc, HostAttribution host) {
    this(new ProcScanner(proc), new RuntimeDetector(proc), host);
  }

  public ProcessInspector(ProcScanner scanner, RuntimeDetector detector, HostAttribution host) {
    this.scanner = scanner;
    this.detector = detector;
    this.host = host;
  }

  /** Every process. */
  public List<InspectedProcess> inspectAll() {
    return inspect(owner -> true);
  }

  /**
   * Processes whose owner passes the filter; the (costlier) runtime detection runs only for them.
   */
  public List<InspectedProcess> inspect(Predicate<ProcessOwner> wanted) {
    List<InspectedProcess> out = new ArrayList<>();
    for (ProcessSnapshot s : scanner.scanAll()) {
      ProcessOwner owner = owner(s);
      if (wanted.test(owner)) {
        out.add(new InspectedProcess(s.pid(), s.exeName(), owner, detector.detect(s)));
      }
    }
    return out;
  }

  /** One process, if it exists and can be read. */
  public Optional<InspectedProcess> inspect(int pid) {
    return scanner
        .snapshot(pid)
        .map(s -> new InspectedProcess(s.pid(), s.exeName(), owner(s), detector.detect(s)));
  }

  ProcessOwner owner(ProcessSnapshot s) {
    Optional<WorkloadContainer> hosted = host.attribute(s.pid(), s.environ());
    if (hosted.isPresent()) {
      return new ProcessOwner.HostWorkload(hosted.get());
    }
    return CgroupPaths.container(s.cgroup())
        .<ProcessOwner>map(
            c ->
                c.podUid().isPresent()
                    ? new ProcessOwner.PodContainer(c.podUid().get(), c.containerId(), c.runtime())
                    : new ProcessOwner.ContainerOnly(c.containerId(), c.runtime()))
        .orElse(new ProcessOwner.Unowned());
  }
}
