package io.odigos.odiglet.inspect.cgroup;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pod and container of a process in the lines of {@code /proc/<pid>/cgroup}. Pure.
 *
 * <p>Understands cgroup v1 ({@code N:controllers:/path}) and v2 ({@code 0::/path}) lines, the
 * kubelet's systemd layout ({@code kubepods-burstable-pod<uid_with_underscores>.slice/
 * cri-containerd-<id>.scope}, {@code crio-<id>.scope}, {@code docker-<id>.scope}) and its cgroupfs
 * layout ({@code /kubepods/burstable/pod<uid>/<id>}), plain Docker ({@code /docker/<id>}, {@code
 * docker-<id>.scope}), and paths relative to another cgroup namespace ({@code /../../...}) as a
 * containerised odiglet sees them. The cri-o {@code crio-conmon-<id>} monitor is not a container.
 */
public final class CgroupPaths {
  private static final Pattern POD =
      Pattern.compile(
          "(?:^|[-/])pod([0-9a-fA-F]{8}(?:[-_]?[0-9a-fA-F]{4}){3}[-_]?[0-9a-fA-F]{12})"
              + "(?:\\.slice)?$");
  private static final Pattern CONTAINER =
      Pattern.compile(
          "^(?:(cri-containerd|crio|docker|containerd|libpod)-)?([0-9a-f]{64})(?:\\.scope)?$");

  private CgroupPaths() {}

  /** The container of the first line that names one; a line naming a pod too is preferred. */
  public static Optional<CgroupContainer> container(List<String> cgroupLines) {
    CgroupContainer withoutPod = null;
    for (String line : cgroupLines) {
      Optional<CgroupContainer> c = parseLine(line);
      if (c.isPresent()) {
        if (c.get().podUid().isPresent()) {
          return c;
        }
        if (withoutPod == null) {
          withoutPod = c.get();
        }
      }
    }
    return Optional.ofNullable(withoutPod);
  }

  /** One line: {@code hierarchy-id:controllers:path}. */
  static Optional<CgroupContainer> parseLine(String line) {
    int first = line.indexOf(':');
    int second = first < 0 ? -1 : line.indexOf(':', first + 1);
    if (second < 0) {
      return Optional.empty();
    }
    String[] segments = line.substring(second + 1).strip().split("/");
    String podUid = null;
    String previous = "";
    for (String segment : segments) {
      Matcher pod = POD.matcher(segment);
      if (pod.find()) {
        podUid = normalizeUid(pod.group(1));
        continue;
      }
      Matcher container = CONTAINER.matcher(segment);
      if (container.matches()) {
        return Optional.of(
            new CgroupContainer(
                Optional.ofNullable(podUid),
                container.group(2),
                container.group(1) == null && previous.equals("docker")
                    ? "docker"
                    : runtime(container.group(1))));
      }
      previous = segment;
    }
    return Optional.empty();
  }

  /** Systemd slices spell a pod UID with underscores; the API has dashes. */
  static String normalizeUid(String raw) {
    return raw.replace('_', '-').toLowerCase(java.util.Locale.ROOT);
  }

  private static String runtime(String prefix) {
    if (prefix == null) {
      return "unknown";
    }
    return switch (prefix) {
      case "cri-containerd", "containerd" -> "containerd";
      case "crio" -> "cri-o";
      case "docker" -> "docker";
      case "libpod" -> "podman";
      default -> "unknown";
    };
  }
}
