package io.odigos.odiglet.deviceplugin;

import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.Epoll;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollDomainSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollIoHandler;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.unix.DomainSocketAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * gRPC over Unix domain sockets, the only transport the kubelet's device-plugin API uses. Wraps the
 * epoll transport of grpc-netty-shaded; one event loop group serves every server and channel
 * created through this instance and is released by {@link #close()}.
 */
public final class UnixSocketTransport implements AutoCloseable {
  private final EventLoopGroup group;

  /**
   * @throws IllegalStateException when the native epoll transport cannot load on this machine
   */
  public UnixSocketTransport() {
    if (!Epoll.isAvailable()) {
      throw new IllegalStateException(
          "gRPC over Unix sockets needs Netty's native epoll transport (Linux x86_64/aarch64), which"
              + " failed to load",
          Epoll.unavailabilityCause());
    }
    this.group = new MultiThreadIoEventLoopGroup(2, EpollIoHandler.newFactory());
  }

  /** Binds and starts a server with the given services on {@code socket}. */
  public Server startServer(Path socket, BindableService... services) throws IOException {
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new DomainSocketAddress(socket.toString()))
            .bossEventLoopGroup(group)
            .workerEventLoopGroup(group)
            .channelType(EpollServerDomainSocketChannel.class);
    for (BindableService service : services) {
      builder.addService(service);
    }
    return builder.build().start();
  }

  /** A plaintext channel to the server on {@code socket}; the caller shuts it down. */
  public ManagedChannel channel(Path socket) {
    return NettyChannelBuilder.forAddress(new DomainSocketAddress(socket.toString()))
        .eventLoopGroup(group)
        .channelType(EpollDomainSocketChannel.class)
        .usePlaintext()
        .build();
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
