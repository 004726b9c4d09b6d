package io.odigos.odiglet.deviceplugin;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Netty's and gRPC's DEBUG chatter out of the build log when no logback-test.xml is present.
 */
final class TestLogging {
  private TestLogging() {}

  static void infoOnly() {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(Level.INFO);
      // gRPC sets SO_KEEPALIVE on every channel; Netty warns once per Unix-socket connection.
      ((Logger) LoggerFactory.getLogger("io.grpc.netty.shaded.io.netty.bootstrap"))
          .setLevel(Level.ERROR);
    }
  }
}
