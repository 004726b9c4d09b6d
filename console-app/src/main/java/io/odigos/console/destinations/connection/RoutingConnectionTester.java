package io.odigos.console.destinations.connection;

/**
 * Picks how to test: straight from this computer, or through the API server's service proxy when
 * the host only resolves inside the cluster (HTTP only: the proxy does not carry gRPC).
 */
public final class RoutingConnectionTester implements ConnectionTester {
  private final ConnectionTester direct;
  private final ConnectionTester throughCluster;

  /**
   * @param throughCluster the API server proxy tester, or {@code null} when not connected
   */
  public RoutingConnectionTester(ConnectionTester direct, ConnectionTester throughCluster) {
    this.direct = direct;
    this.throughCluster = throughCluster;
  }

  @Override
  public ConnectionResult test(ConnectionTarget target) {
    var service = target.clusterService();
    if (service.isEmpty()) {
      return direct.test(target);
    }
    if (target.protocol() == ConnectionTarget.Protocol.GRPC) {
      return ConnectionResult.failure(
          target.host()
              + " resolves only inside the cluster, and the API server's proxy cannot carry"
              + " gRPC: this endpoint cannot be tested from here. Save it and watch the"
              + " Destination's condition, or test an OTLP HTTP endpoint of the same receiver.");
    }
    if (throughCluster == null) {
      return ConnectionResult.failure(
          target.host() + " resolves only inside the cluster: connect to the cluster to test it");
    }
    return throughCluster.test(target);
  }
}
