package io.odigos.console.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.odigos.console.core.ClusterSession;
import io.odigos.console.core.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectViewModelTest {
  @TempDir Path dir;

  private Path kubeconfig() throws Exception {
    Path file = dir.resolve("config");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        current-context: good
        clusters:
        - name: good
          cluster: {server: "https://127.0.0.1:6443"}
        - name: dead
          cluster: {server: "https://127.0.0.1:1"}
        contexts:
        - name: good
          context: {cluster: good, user: u}
        - name: broken
          context: {cluster: dead, user: u}
        users:
        - name: u
          user: {token: t}
        """);
    return file;
  }

  private static ClusterSession fakeConnect(Path path, String context) {
    if (context.equals("broken")) {
      throw new IllegalStateException("Cannot reach https://127.0.0.1:1: Connection refused");
    }
    return new ClusterSession(
        context, new KubernetesClientBuilder().build(), "v1.34.4", "odigos-system", Set.of());
  }

  @Test
  void theCurrentContextConnectsAndABrokenOneKeepsItsErrorOnItsRow() throws Exception {
    LastContextStore last = LastContextStore.inMemory();
    var model =
        new ConnectViewModel(
            Tasks.sameThread(), kubeconfig(), ConnectViewModelTest::fakeConnect, last);
    model.load();
    assertThat(model.rows()).extracting(ContextRow::name).containsExactly("good", "broken");
    assertThat(model.rows().get(1).context().server()).isEqualTo("https://127.0.0.1:1");
    assertThat(model.sessionProperty().get().context()).isEqualTo("good");
    assertThat(last.last()).contains("good");
    assertThat(model.installHintProperty().get()).contains("helm install odigos");

    model.select(model.rows().get(1));
    ContextRow broken = model.rows().get(1);
    assertThat(broken.stateProperty().get()).isEqualTo(ContextRow.State.FAILED);
    assertThat(broken.messageProperty().get()).contains("Connection refused");
    assertThat(model.sessionProperty().get()).isNull();
    assertThat(model.rows().get(0).stateProperty().get()).isEqualTo(ContextRow.State.CONNECTED);
    assertThat(last.last()).contains("good");
  }

  @Test
  void theRememberedContextWinsOverTheCurrentOne() throws Exception {
    LastContextStore last = LastContextStore.inMemory();
    last.remember("broken");
    var model =
        new ConnectViewModel(
            Tasks.sameThread(), kubeconfig(), ConnectViewModelTest::fakeConnect, last);
    model.load();
    assertThat(model.selectedProperty().get().name()).isEqualTo("broken");
  }

  @Test
  void aMissingKubeconfigIsSaidInWords() {
    var model =
        new ConnectViewModel(
            Tasks.sameThread(),
            dir.resolve("nope"),
            ConnectViewModelTest::fakeConnect,
            LastContextStore.inMemory());
    model.load();
    assertThat(model.problemProperty().get()).startsWith("No kubeconfig at").contains("nope");
  }

  @Test
  void kubeconfigIsTheFirstExistingEntryOfTheVariableElseTheHomeFile() throws Exception {
    Path file = kubeconfig();
    assertThat(
            Kubeconfig.locate(java.util.Map.of("KUBECONFIG", dir.resolve("x") + ":" + file), dir))
        .isEqualTo(file);
    assertThat(Kubeconfig.locate(java.util.Map.of(), dir)).isEqualTo(dir.resolve(".kube/config"));
  }
}
