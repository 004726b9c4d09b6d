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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
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
  private FileIdentity boundSocketKey;
  // Confined to the supervisor thread.
  private FileIdentity registeredKubeletKey;
  private boolean needRegister = true;
  private long nextAttemptNanos = System.nanoTime();

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
    WatchService watch = null;
    try {
      watch = config.pluginDir().getFileSystem().newWatchService();
      config.pluginDir().register(watch, ENTRY_CREATE, ENTRY_DELETE);
      serve();
    } catch (IOException | RuntimeException e) {
      if (watch != null) {
        watch.close();
      }
      transport.close();
      throw e;
    }
    this.watcher = watch;
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
    boundSocketKey = identity(socket);
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
    while (running) {
      try {
        WatchKey key = watcher.poll(millisUntilNextCheck(), TimeUnit.MILLISECONDS);
        if (key != null) {
          handleDirectoryEvents(key);
        }
        keepServing();
        noticeReplacedKubeletSocket();
        registerIfDue();
      } catch (ClosedWatchServiceException e) {
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (IOException | RuntimeException e) {
        // Never let the supervisor die: a plugin that stops re-registering is invisible to the
        // kubelet.
        scheduleRetry("Device plugin supervisor failed: " + e);
      }
    }
  }

  private long millisUntilNextCheck() {
    long poll = config.pollInterval().toMillis();
    if (!needRegister) {
      return poll;
    }
    return Math.min(poll, Math.max(1, (nextAttemptNanos - System.nanoTime()) / 1_000_000));
  }

  private void registerNow() {
    needRegister = true;
    nextAttemptNanos = System.nanoTime();
    backoff.reset();
  }

  private void scheduleRetry(String reason) {
    Duration wait = backoff.next();
    LOG.warn("{}; retrying in {} ms", reason, wait.toMillis());
    needRegister = true;
    nextAttemptNanos = System.nanoTime() + wait.toNanos();
  }

  private void handleDirectoryEvents(WatchKey key) {
    if (kubeletSocketCreated(key)) {
      if (!needRegister && Objects.equals(identity(config.kubeletSocket()), registeredKubeletKey)) {
        LOG.debug("{} created, but already registered with it", config.kubeletSocket());
      } else {
        LOG.info("{} appeared: registering with the kubelet", config.kubeletSocket());
        registered = false;
        registerNow();
      }
    }
    if (!key.reset()) {
      LOG.warn(
          "Device-plugin directory {} is no longer watchable; relying on polling every {}",
          config.pluginDir(),
          config.pollInterval());
    }
  }

  /** The kubelet removes plugin sockets when it restarts; a removed socket must be served again. */
  private void keepServing() throws IOException {
    if (ownSocketIntact()) {
      return;
    }
    LOG.warn(
        "Socket {} was removed (kubelet restart?); serving on a new one", config.pluginSocket());
    registered = false;
    stopServing();
    Files.createDirectories(config.pluginDir());
    serve();
    registerNow();
  }

  /** A safety net for lost events: a kubelet.sock with a new inode means a new kubelet. */
  private void noticeReplacedKubeletSocket() {
    if (needRegister) {
      return;
    }
    FileIdentity kubeletKey = identity(config.kubeletSocket());
    if (kubeletKey == null) {
      registered = false;
    } else if (!kubeletKey.equals(registeredKubeletKey)) {
      LOG.info("{} was replaced: registering again", config.kubeletSocket());
      registered = false;
      registerNow();
    }
  }

  private void registerIfDue() {
    if (!needRegister || System.nanoTime() - nextAttemptNanos < 0) {
      return;
    }
    // Read before registering: a kubelet replaced during the call is then noticed next round.
    FileIdentity kubeletKey = identity(config.kubeletSocket());
    if (kubeletKey == null) {
      // Registering now could reach a kubelet.sock created a moment later under a key we never
      // read, and its creation event would then register a second time. Its event registers.
      registered = false;
      scheduleRetry(config.kubeletSocket() + " does not exist (kubelet not running?)");
      return;
    }
    try {
      registrar.register();
    } catch (KubeletRegistrar.RegistrationException e) {
      registered = false;
      scheduleRetry(e.getMessage());
      return;
    }
    needRegister = false;
    registeredKubeletKey = kubeletKey;
    registered = true;
    backoff.reset();
    LOG.info(
        "Registered {} with the kubelet on {} (endpoint {}, registration #{})",
        config.resourceName(),
        config.kubeletSocket(),
        config.socketName(),
        registrations.incrementAndGet());
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
    FileIdentity key = identity(config.pluginSocket());
    return key != null && key.equals(boundSocketKey);
  }

  /**
   * Which file is at {@code path}: (device, inode) plus modification time, so that a socket deleted
   * and bound again differs even if the file system reuses the inode number. Null when absent.
   */
  private static FileIdentity identity(Path path) {
    try {
      BasicFileAttributes attrs =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return new FileIdentity(attrs.fileKey(), attrs.lastModifiedTime());
    } catch (IOException e) {
      return null;
    }
  }

  private record FileIdentity(Object key, FileTime modified) {}

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
