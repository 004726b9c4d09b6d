package io.odigos.odiglet.instance;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a process holds an established TCP connection to one of some remote ports, read from
 * {@code /proc}: the socket inodes among its open files ({@code fd/*} → {@code socket:[inode]}),
 * matched against the connection tables of its own network namespace ({@code net/tcp}, {@code
 * net/tcp6}). An agent opens its connection to the node collector when it first exports, so this is
 * how the odiglet sees an agent's first telemetry leave without being in its data path.
 */
public final class TcpConnections {
  private static final Logger log = LoggerFactory.getLogger(TcpConnections.class);
  private static final String ESTABLISHED = "01";

  private TcpConnections() {}

  /**
   * @return true when {@code pid} has an ESTABLISHED connection to any of {@code remotePorts};
   *     false also when the process is gone or unreadable
   */
  public static boolean connectedTo(Path procRoot, int pid, Set<Integer> remotePorts) {
    Path dir = procRoot.resolve(Integer.toString(pid));
    Set<Long> inodes = socketInodes(dir.resolve("fd"));
    if (inodes.isEmpty()) {
      return false;
    }
    for (String table : List.of("net/tcp", "net/tcp6")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(dir.resolve(table));
      } catch (IOException | RuntimeException e) {
        log.debug("pid {}: cannot read {}: {}", pid, table, e.toString());
        continue;
      }
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        if (matches(line, inodes, remotePorts)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * One row of a {@code net/tcp} table: {@code sl local rem st queues tr retr uid timeout inode}.
   */
  static boolean matches(String line, Set<Long> inodes, Set<Integer> remotePorts) {
    String[] f = line.trim().split("\\s+");
    if (f.length < 10 || !ESTABLISHED.equals(f[3])) {
      return false;
    }
    int colon = f[2].lastIndexOf(':');
    try {
      int port = Integer.parseInt(f[2].substring(colon + 1), 16);
      long inode = Long.parseLong(f[9]);
      return remotePorts.contains(port) && inodes.contains(inode);
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return false; // a malformed row is no connection
    }
  }

  private static Set<Long> socketInodes(Path fdDir) {
    Set<Long> inodes = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
      for (Path fd : fds) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[") && target.endsWith("]")) {
            inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
          }
        } catch (IOException | NumberFormatException e) {
          // closed meanwhile, or not a socket we can read: not a connection
        }
      }
    } catch (IOException | RuntimeException e) {
      log.debug("cannot list {}: {}", fdDir, e.toString());
    }
    return inodes;
  }
}
