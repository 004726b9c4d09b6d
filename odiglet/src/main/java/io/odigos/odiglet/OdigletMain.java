package io.odigos.odiglet;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the odiglet binary: settings from the environment, the cluster from its config.
 */
public final class OdigletMain {
  private OdigletMain() {}

  public static void main(String[] args) throws InterruptedException {
    OdigletConfig config = OdigletConfig.fromEnvironment(System.getenv());
    KubernetesClient client = new KubernetesClientBuilder().build();
    Odiglet odiglet = Odiglet.start(client, config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  odiglet.close();
                  client.close();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
