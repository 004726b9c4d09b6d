package io.odigos.odiglet.deviceplugin;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import io.grpc.Server;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The odiglet's kubelet device plugin: serves {@code DevicePlugin} on its own socket in the
 * kubelet's device-plugin directory, registers {@link DevicePluginConfig#resourceName()} with the
 * kubelet, and keeps that registration alive.
 *
 * <p>A kubelet restart deletes every plugin socket and recreates {@code kubelet.sock}, forgetting
 * all plugins. One supervisor thread therefore watches the directory (inotify through {@link
 * WatchService}, plus a periodic re-check in case events are lost) and, when our socket is gone,
 * serves on a fresh one; when {@code kubelet.sock} is new, or registration failed, registers again
 * with exponential backoff. {@link #close()} stops serving and removes our socket.
 */
public final class DevicePluginServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DevicePluginServer.class);

  /** sun_path is 108 bytes on Linux, including the terminating NUL. */
  private static final int MAX_SOCKET_PATH_BYTES = 107;

  private final DevicePluginConfig config;
  private final UnixSocketTransport transport;
  private final DevicePluginService service;
  private final KubeletRegistrar registrar;
  private final Backoff backoff;
  private final AtomicInteger registrations = new AtomicInteger();
  private final WatchService watcher;
  private final Thread supervisor;

  private volatile boolean running = true;
  private volatile boolean registered;
  private Server server;
  private Object boundSocketKey;
  private Object registeredKubeletKey;
  private Duration lastWait = Duration.ZERO;

  private DevicePluginServer(DevicePluginConfig config) throws IOException {
    this.config = config;
    VirtualDevices devices = new VirtualDevices(config.deviceCount());
    this.service =
        new DevicePluginService(
            config.resourceName(),
            devices,
            new AllocationPlanner(
                devices, config.agentsHostDir().toString(), config.agentsContainerDir()));
    this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
    this.transport = new UnixSocketTransport();
    this.registrar = new KubeletRegistrar(transport, config);
    try {
      this.watcher = config.pluginDir().getFileSystem().newWatchService();
      config.pluginDir().register(watcher, ENTRY_CREATE, ENTRY_DELETE);
      serve();
    } catch (IOException | RuntimeException e) {
      transport.close();
      throw e;
    }
    this.supervisor =
        Thread.ofPlatform().name("device-plugin-supervisor").daemon().unstarted(this::supervise);
  }

  /**
   * Serves the plugin socket now and registers in the background (retrying until the kubelet
   * answers).
   *
   * @throws IOException when the directory cannot be created or the socket cannot be bound
   * @throws IllegalArgumentException when the socket path is too long for a Unix socket
   */
  public static DevicePluginServer start(DevicePluginConfig config) throws IOException {
    int length = config.pluginSocket().toString().getBytes(StandardCharsets.UTF_8).length;
    if (length > MAX_SOCKET_PATH_BYTES) {
      throw new IllegalArgumentException(
          "device-plugin socket path is "
              + length
              + " bytes, Unix sockets allow at most "
              + MAX_SOCKET_PATH_BYTES
              + ": "
              + config.pluginSocket());
    }
    try {
      Files.createDirectories(config.pluginDir());
    } catch (IOException e) {
      throw new IOException(
          "cannot create the device-plugin directory " + config.pluginDir() + ": " + e, e);
    }
    DevicePluginServer plugin = new DevicePluginServer(config);
    plugin.supervisor.start();
    return plugin;
  }

  /** Our socket's full path. */
  public Path socket() {
    return config.pluginSocket();
  }

  /** Whether the last registration attempt succeeded and nothing has invalidated it since. */
  public boolean isRegistered() {
    return registered;
  }

  /** How many times the kubelet accepted our registration since start. */
  public int registrationCount() {
    return registrations.get();
  }

  private void serve() throws IOException {
    Path socket = config.pluginSocket();
    // A leftover from a previous odiglet would make bind fail with "address already in use".
    Files.deleteIfExists(socket);
    try {
      server = transport.startServer(socket, service);
    } catch (IOException e) {
      throw new IOException("cannot serve the device plugin on " + socket + ": " + e, e);
    }
    boundSocketKey = fileKey(socket);
    LOG.info(
        "Device plugin {} serving {} devices on {}",
        config.resourceName(),
        config.deviceCount(),
        socket);
  }

  private void stopServing() {
    if (server == null) {
      return;
    }
    service.completeStreams();
    server.shutdown();
    try {
      if (!server.awaitTermination(2, TimeUnit.SECONDS)) {
        server.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
    server = null;
  }

  private void supervise() {
    boolean needRegister = true;
    long nextAttemptNanos = System.nanoTime();
    while (running) {
      try {
        long untilAttempt =
            needRegister
                ? Math.max(1, (nextAttemptNanos - System.nanoTime()) / 1_000_000)
                : Long.MAX_VALUE;
        long waitMillis = Math.min(config.pollInterval().toMillis(), untilAttempt);
        WatchKey key = watcher.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (key != null) {
          if (kubeletSocketCreated(key)) {
            LOG.info("{} appeared: registering with the kubelet", config.kubeletSocket());
            needRegister = true;
            nextAttemptNanos = System.nanoTime();
            backoff.reset();
          }
          if (!key.reset()) {
            LOG.warn(
                "Device-plugin directory {} is no longer watchable; relying on polling",
                config.pluginDir());
          }
        }
        if (!ownSocketIntact()) {
          LOG.warn(
              "Socket {} was removed (kubelet restart?); serving on a new one",
              config.pluginSocket());
          registered = false;
          stopServing();
          Files.createDirectories(config.pluginDir());
          serve();
          needRegister = true;
          nextAttemptNanos = System.nanoTime();
          backoff.reset();
        }
        Object kubeletKey = fileKey(config.kubeletSocket());
        if (!needRegister && kubeletKey != null && !kubeletKey.equals(registeredKubeletKey)) {
          LOG.info("{} was replaced: registering again", config.kubeletSocket());
          needRegister = true;
          nextAttemptNanos = System.nanoTime();
        }
        if (needRegister && System.nanoTime() - nextAttemptNanos >= 0) {
          needRegister = !tryRegister(kubeletKey);
          if (needRegister) {
            nextAttemptNanos = System.nanoTime() + lastWait.toNanos();
          }
        }
      } catch (ClosedWatchServiceException e) {
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (IOException | RuntimeException e) {
        // Never let the supervisor die: a plugin that stops re-registering is invisible to the
        // kubelet.
        Duration wait = backoff.next();
        LOG.error("Device plugin supervisor: {}; retrying in {} ms", e.toString(), wait.toMillis());
        needRegister = true;
        nextAttemptNanos = System.nanoTime() + wait.toNanos();
      }
    }
  }

  private boolean tryRegister(Object kubeletKey) {
    try {
      registrar.register();
      registeredKubeletKey = kubeletKey;
      registered = true;
      int n = registrations.incrementAndGet();
      backoff.reset();
      LOG.info(
          "Registered {} with the kubelet on {} (endpoint {}, registration #{})",
          config.resourceName(),
          config.kubeletSocket(),
          config.socketName(),
          n);
      return true;
    } catch (KubeletRegistrar.RegistrationException e) {
      registered = false;
      lastWait = backoff.next();
      LOG.warn("{}; retrying in {} ms", e.getMessage(), lastWait.toMillis());
      return false;
    }
  }

  private boolean kubeletSocketCreated(WatchKey key) {
    boolean created = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        // Lost events: the re-checks after this loop compare file keys instead.
        continue;
      }
      Path name = (Path) event.context();
      if (event.kind() == ENTRY_CREATE && name.toString().equals(DevicePluginApi.KUBELET_SOCKET)) {
        created = true;
      }
    }
    return created;
  }

  private boolean ownSocketIntact() {
    Object key = fileKey(config.pluginSocket());
    return key != null && key.equals(boundSocketKey);
  }

  /** The (device, inode) identity of a file, or null when it does not exist. */
  private static Object fileKey(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /** Stops the supervisor, ends open streams, stops serving and removes our socket. */
  @Override
  public void close() {
    running = false;
    try {
      watcher.close();
    } catch (IOException e) {
      LOG.debug("closing the directory watch: {}", e.toString());
    }
    supervisor.interrupt();
    try {
      supervisor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean socketIsOurs = ownSocketIntact();
    stopServing();
    try {
      if (socketIsOurs) {
        Files.deleteIfExists(config.pluginSocket());
      }
    } catch (IOException e) {
      LOG.warn("Could not remove {}: {}", config.pluginSocket(), e.toString());
    }
    transport.close();
    registered = false;
    LOG.info("Device plugin {} stopped", config.resourceName());
  }
}
