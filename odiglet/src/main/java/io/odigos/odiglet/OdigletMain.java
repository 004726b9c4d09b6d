package io.odigos.odiglet;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.odigos.odiglet.deviceplugin.DevicePluginConfig;
import io.odigos.odiglet.deviceplugin.DevicePluginServer;
import io.odigos.odiglet.ebpf.EbpfSettings;
import io.odigos.odiglet.ebpf.GoEbpf;
import io.odigos.odiglet.ebpf.preflight.NodePreflight;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the odiglet binary: settings from the environment, the cluster from its config.
 */
public final class OdigletMain {
  private OdigletMain() {}

  public static void main(String[] args) throws InterruptedException, IOException {
    OdigletConfig config = OdigletConfig.fromEnvironment(System.getenv());
    // in a cluster, the kubelet mounts the agents into pods that request the Odigos device
    DevicePluginServer devicePlugin =
        config.hostMode()
            ? null
            : DevicePluginServer.start(DevicePluginConfig.fromEnvironment(System.getenv()));
    KubernetesClient client = new KubernetesClientBuilder().build();
    GoEbpf.Launch launch =
        GoEbpf.launch(EbpfSettings.fromEnvironment(System.getenv()), NodePreflight.system().run());
    Odiglet odiglet = Odiglet.start(client, config, Odiglet.EbpfNode.of(launch));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  odiglet.close();
                  client.close();
                  if (devicePlugin != null) {
                    devicePlugin.close();
                  }
                  stopped.countDown();
                }));
    stopped.await();
  }
}
