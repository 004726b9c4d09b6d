package io.odigos.odiglet.inspect.proc;

import static org.assertj.core.api.Assertions.assertThat;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import io.odigos.odiglet.inspect.HostAttribution;
import io.odigos.odiglet.inspect.InspectedProcess;
import io.odigos.odiglet.inspect.ProcessInspector;
import io.odigos.odiglet.inspect.ProcessOwner;
import io.odigos.odiglet.inspect.WorkloadContainer;
import io.odigos.odiglet.inspect.detect.BinaryFacts;
import io.odigos.odiglet.inspect.elf.ElfFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fake procfs root full of what a real one can throw at the scanner (and worse): vanished
 * processes, unreadable files, garbage bytes. The scan must finish and return the good processes.
 */
class BadProcInputTest {
  @TempDir Path root;
  final Random random = new Random(42);

  @Test
  void scanSkipsBrokenProcessesAndKeepsTheGoodOnes() throws IOException {
    Path javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
    Path good = pid(100, "java");
    Files.createSymbolicLink(good.resolve("exe"), javaExe);
    write(good, "cmdline", bytes("java\0-jar\0app.jar\0"));
    write(
        good,
        "environ",
        concat(
            bytes("PATH=/usr/bin\0JAVA_VERSION=17.0.9\0"),
            garbage(64),
            bytes(
                "\0=novalue\0NOEQUALS\0"
                    + HostAttribution.LABEL_VARIABLE
                    + "=shop/Deployment/cart/app\0")));
    write(
        good,
        "maps",
        concat(
            bytes(
                "7f00-7f10 r-xp 00000000 08:01 1234 /opt/jdk/lib/server/libjvm.so\n"
                    + "this is not a maps line /etc/passwd\n"
                    + "7f10-7f20 r--p 00000000 08:01 99 /lib/x86_64-linux-gnu/libc.so.6 (deleted)\n"),
            garbage(200)));
    write(good, "cgroup", concat(garbage(100), bytes("\n0::/user.slice\n")));
    write(good, "auxv", garbage(13)); // not a whole entry: ignored
    write(good, "status", bytes("Name: java\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n"));

    Path junk = pid(101, "junk");
    Path junkExe = root.resolve("junk-exe");
    Files.write(junkExe, garbage(4096));
    Files.createSymbolicLink(junk.resolve("exe"), junkExe);
    for (String f : List.of("cmdline", "environ", "maps", "cgroup", "auxv", "status")) {
      write(junk, f, garbage(1 + random.nextInt(2048)));
    }

    Path unreadable = pid(102, "unreadable");
    Files.createSymbolicLink(unreadable.resolve("exe"), javaExe);
    Files.createDirectory(
        unreadable.resolve("cmdline")); // reading a directory fails (even as root)
    Files.createDirectory(unreadable.resolve("environ"));
    Files.createSymbolicLink(unreadable.resolve("maps"), unreadable.resolve("maps")); // ELOOP
    Files.createSymbolicLink(unreadable.resolve("auxv"), root.resolve("nowhere"));

    Path noComm = Files.createDirectory(root.resolve("103"));
    Files.createDirectory(noComm.resolve("comm"));

    Files.createSymbolicLink(root.resolve("104"), root.resolve("gone")); // vanished

    Path vanishing = pid(105, "vanishing");
    write(vanishing, "cmdline", bytes("sleep\0"));

    Path kernelThread = pid(106, "kworker/0:1");
    write(kernelThread, "cmdline", new byte[0]);

    Path truncatedElf = pid(107, "truncated");
    Path elf = root.resolve("truncated-elf");
    Files.write(elf, concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, garbage(40)));
    Files.createSymbolicLink(truncatedElf.resolve("exe"), elf);
    write(truncatedElf, "cmdline", bytes("truncated\0"));

    Files.createDirectory(root.resolve("self"));
    Files.createDirectory(root.resolve("sys"));
    Files.writeString(root.resolve("99999999999"), "not a pid");

    ProcFs proc = new ProcFs(root);
    ProcScanner scanner = new ProcScanner(proc);
    List<Integer> pids = proc.listPids();
    assertThat(pids).containsExactly(100, 101, 102, 103, 104, 105, 106, 107);
    deleteTree(vanishing); // exits between the listing and the reads

    List<ProcessSnapshot> snapshots = scanner.scan(pids);

    assertThat(snapshots).extracting(ProcessSnapshot::pid).containsExactly(100, 101, 102, 107);
    ProcessSnapshot g = snapshots.get(0);
    assertThat(g.cmdline()).containsExactly("java", "-jar", "app.jar");
    assertThat(g.environ()).containsEntry("JAVA_VERSION", "17.0.9").doesNotContainKey("");
    assertThat(g.mappedFiles())
        .containsExactly("/opt/jdk/lib/server/libjvm.so", "/lib/x86_64-linux-gnu/libc.so.6");
    assertThat(g.secureExec()).as("from status, since auxv is garbage").contains(false);
    ProcessSnapshot u = snapshots.get(2);
    assertThat(u.cmdline()).isEmpty();
    assertThat(u.environ()).isEmpty();
    assertThat(u.mappedFiles()).isEmpty();

    // detection over the same garbage: completes, and the good process is still recognised
    List<InspectedProcess> inspected =
        new ProcessInspector(proc, HostAttribution.labelsOnly()).inspectAll();
    assertThat(inspected).extracting(InspectedProcess::pid).containsExactly(100, 101, 102, 107);
    InspectedProcess java = inspected.get(0);
    assertThat(java.runtime().language()).isEqualTo(ProgrammingLanguage.JAVA);
    assertThat(java.runtime().runtimeVersion()).isEqualTo("17.0.9");
    assertThat(java.owner())
        .isEqualTo(
            new ProcessOwner.HostWorkload(
                new WorkloadContainer("shop", "Deployment", "cart", "app")));
    assertThat(inspected.get(1).runtime().language()).isEqualTo(ProgrammingLanguage.UNKNOWN);
    assertThat(inspected.get(3).runtime().language()).isEqualTo(ProgrammingLanguage.UNKNOWN);
  }

  @Test
  void unlistableRootGivesAnEmptyScan() {
    assertThat(new ProcScanner(new ProcFs(root.resolve("missing"))).scanAll()).isEmpty();
  }

  @Test
  void randomElfLikeFilesNeverEscapeAsRuntimeErrors() throws IOException {
    BinaryFacts facts = new BinaryFacts();
    Path real = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
    byte[] template = Files.readAllBytes(real);
    for (int i = 0; i < 300; i++) {
      byte[] b = template.clone();
      // keep the magic, corrupt headers and a few random places
      for (int k = 0; k < 20; k++) {
        b[4 + random.nextInt(Math.min(b.length - 4, i % 2 == 0 ? 128 : b.length - 4))] =
            (byte) random.nextInt(256);
      }
      Path f = root.resolve("fuzz-" + i);
      Files.write(f, i % 3 == 0 ? java.util.Arrays.copyOf(b, 16 + random.nextInt(4096)) : b);
      try (ElfFile elf = ElfFile.open(f)) {
        elf.interpreter();
        elf.comments();
        elf.symbolValue("Py_Version");
      } catch (IOException expected) {
        // malformed: reported as an IOException, which is fine
      }
      assertThat(facts.goBuildInfo(f)).isEmpty();
      facts.symbolWord(f, "Py_Version");
      facts.rodataTextAfter(f, "/node-v", Character::isDigit);
      Files.delete(f);
    }
  }

  private Path pid(int pid, String comm) throws IOException {
    Path dir = Files.createDirectory(root.resolve(Integer.toString(pid)));
    Files.writeString(dir.resolve("comm"), comm + "\n");
    return dir;
  }

  private static void write(Path dir, String name, byte[] content) throws IOException {
    Files.write(dir.resolve(name), content);
  }

  private byte[] garbage(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
