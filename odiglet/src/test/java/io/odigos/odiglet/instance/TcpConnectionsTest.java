package io.odigos.odiglet.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TcpConnectionsTest {
  private static final Path PROC = Path.of("/proc");

  @Test
  void aProcessConnectedToTheCollectorPortIsSeenAndOthersAreNot() throws Exception {
    try (ServerSocket collector = new ServerSocket(0);
        ServerSocket elsewhere = new ServerSocket(0);
        ChildProcesses children = new ChildProcesses()) {
      int port = collector.getLocalPort();
      Process exporting = children.connectedTo(port);
      Process other = children.connectedTo(elsewhere.getLocalPort());
      Process idle = children.sleeping();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> TcpConnections.connectedTo(PROC, (int) exporting.pid(), Set.of(port)));
      assertThat(TcpConnections.connectedTo(PROC, (int) other.pid(), Set.of(port))).isFalse();
      assertThat(TcpConnections.connectedTo(PROC, (int) idle.pid(), Set.of(port))).isFalse();
      exporting.destroyForcibly().waitFor();
      assertThat(TcpConnections.connectedTo(PROC, (int) exporting.pid(), Set.of(port))).isFalse();
    }
  }

  @Test
  void rowsAreMatchedOnStateRemotePortAndInode() {
    String established =
        "   3: 0100007F:A1B2 0100007F:10E1 01 00000000:00000000 00:00000000 00000000     0        0 4242 1";
    assertThat(TcpConnections.matches(established, Set.of(4242L), Set.of(4321))).isTrue();
    assertThat(TcpConnections.matches(established, Set.of(4243L), Set.of(4321))).isFalse();
    assertThat(TcpConnections.matches(established, Set.of(4242L), Set.of(4317))).isFalse();
    String listening = established.replace(" 01 ", " 0A ");
    assertThat(TcpConnections.matches(listening, Set.of(4242L), Set.of(4321))).isFalse();
    assertThat(TcpConnections.matches("garbage", Set.of(4242L), Set.of(4321))).isFalse();
    assertThat(TcpConnections.matches("a b c:zz 01 e f g h i j", Set.of(1L), Set.of(1))).isFalse();
  }

  @Test
  void aMissingProcessHasNoConnection() {
    assertThat(TcpConnections.connectedTo(PROC, Integer.MAX_VALUE, Set.of(4317))).isFalse();
    assertThat(TcpConnections.connectedTo(Path.of("/nonexistent"), 1, Set.of(4317))).isFalse();
  }
}
