package io.odigos.odiglet.ebpf.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binaries the analysis must refuse with a clear reason and without crashing: a C program (built
 * here with gcc), the machine's Java and Python launchers, truncated and garbage files, a Go
 * program without net/http or gRPC (built here), and real Go binaries against tables that lack
 * their versions.
 */
class BadGoInputIT {
  @TempDir static Path tmp;
  private static Path cProgram;
  private static Path tinyGo;

  @BeforeAll
  static void buildPrograms() throws Exception {
    Files.writeString(
        tmp.resolve("hello.c"), "#include <stdio.h>\nint main(void){puts(\"hi\");return 0;}\n");
    cProgram = tmp.resolve("hello-c");
    run(tmp, List.of("gcc", "-O1", "-o", cProgram.toString(), "hello.c"), "apt-get install gcc");
    Path mod = Files.createDirectories(tmp.resolve("tiny"));
    Files.writeString(mod.resolve("go.mod"), "module example.com/tiny\n\ngo 1.21\n");
    Files.writeString(
        mod.resolve("main.go"),
        "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"no net/http here\") }\n");
    tinyGo = tmp.resolve("tiny-go");
    run(
        mod,
        List.of("go", "build", "-o", tinyGo.toString(), "."),
        "install Go (see testbed/install.sh)");
  }

  private static void run(Path dir, List<String> cmd, String install) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GOTOOLCHAIN", "local");
    pb.environment().put("GOFLAGS", "-buildvcs=false");
    pb.environment().put("CGO_ENABLED", "0");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new IllegalStateException(cmd.get(0) + " is missing: " + install, e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", cmd) + ":\n" + out).isZero();
  }

  private static UnsupportedGoBinaryException refusal(Path p) {
    try {
      GoBinaryAnalyzer.analyze(p);
    } catch (UnsupportedGoBinaryException e) {
      return e;
    }
    throw new AssertionError(p + " was accepted");
  }

  @Test
  void cProgramIsNotGo() {
    UnsupportedGoBinaryException e = refusal(cProgram);
    assertThat(e.kind()).isEqualTo(UnsupportedGoBinaryException.Kind.NOT_GO);
    assertThat(e).hasMessage(cProgram + " is not a Go binary (no Go build info)");
  }

  @Test
  void javaAndPythonRuntimesAreNotGo() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
    assertThat(refusal(java).kind()).isEqualTo(UnsupportedGoBinaryException.Kind.NOT_GO);
    Path python = python3().toRealPath();
    assertThat(refusal(python)).hasMessage(python + " is not a Go binary (no Go build info)");
  }

  /** The interpreter binary itself (PATH may hold a pyenv shim script). */
  private static Path python3() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
      String exe = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(exe).isNotEmpty();
      return Path.of(exe);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("python3 is missing: run odiglet/test-runtimes.sh", e);
    }
  }

  @Test
  void truncatedGarbageScriptsDirectoriesAndMissingFilesAreRefused() throws IOException {
    Path go = GoServices.builds().getLast().stripped();
    byte[] all = Files.readAllBytes(go);
    Path half = tmp.resolve("half");
    Files.write(half, java.util.Arrays.copyOf(all, all.length / 2));
    assertThat(refusal(half).kind()).isEqualTo(UnsupportedGoBinaryException.Kind.NOT_GO);
    assertThat(refusal(half)).hasMessageContaining("is not a readable Go ELF executable");
    Path header = tmp.resolve("header-only");
    Files.write(header, java.util.Arrays.copyOf(all, 64));
    assertThat(refusal(header)).hasMessageContaining("is not a readable Go ELF executable");
    Path tiny = tmp.resolve("three-bytes");
    Files.write(tiny, new byte[] {0x7f, 'E', 'L'});
    assertThat(refusal(tiny).kind()).isEqualTo(UnsupportedGoBinaryException.Kind.NOT_GO);
    // an ELF whose .gopclntab is zeroed: build info intact, function table unreadable
    Path noPcln = tmp.resolve("zeroed-pclntab");
    Files.write(noPcln, all);
    try (var elf = io.odigos.odiglet.inspect.elf.ElfFile.open(go)) {
      var s = elf.section(".gopclntab").orElseThrow();
      try (var ch = java.nio.channels.FileChannel.open(noPcln, StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.allocate(64), s.offset());
      }
    }
    assertThat(refusal(noPcln)).hasMessageContaining(".gopclntab magic 0x00000000");
    Path script = tmp.resolve("script.sh");
    Files.writeString(script, "#!/bin/sh\necho hi\n");
    assertThat(refusal(script)).hasMessageContaining("not an ELF file");
    assertThat(refusal(tmp).kind()).isEqualTo(UnsupportedGoBinaryException.Kind.UNREADABLE);
    assertThat(refusal(tmp.resolve("missing")))
        .hasMessage(tmp.resolve("missing") + " does not exist");
  }

  @Test
  void goProgramWithoutNetHttpOrGrpcReportsWhatIsMissingPerGroup() throws Exception {
    GoBinaryAnalysis a = GoBinaryAnalyzer.analyze(tinyGo);
    assertThat(a.goVersion()).startsWith("go1.");
    assertThat(a.support(GoFunctionGroup.HTTP_SERVER).problems())
        .containsExactly(
            "net/http.serverHandler.ServeHTTP: not in the binary (not linked, or inlined everywhere)",
            "net/http.(*response).finishRequest: not in the binary (not linked, or inlined"
                + " everywhere)");
    assertThat(a.support(GoFunctionGroup.GRPC_CLIENT).problems())
        .first()
        .isEqualTo("google.golang.org/grpc is not linked into this binary");
    assertThatThrownBy(() -> a.require(GoFunctionGroup.SQL))
        .isInstanceOf(UnsupportedGoBinaryException.class)
        .hasMessageContaining("SQL: database/sql.(*DB).queryDC: not in the binary")
        .extracting(e -> ((UnsupportedGoBinaryException) e).kind())
        .isEqualTo(UnsupportedGoBinaryException.Kind.MISSING_FUNCTION);
    assertThatThrownBy(() -> a.require(GoFunctionGroup.GRPC_SERVER))
        .extracting(e -> ((UnsupportedGoBinaryException) e).kind())
        .isEqualTo(UnsupportedGoBinaryException.Kind.MODULE_VERSION);
  }

  @Test
  void realGoBinaryAgainstATableWithoutItsVersionsIsRefusedOrLimited() throws Exception {
    GoServices.Build newest = GoServices.builds().getLast();
    GoBinaryAnalyzer oldTable =
        new GoBinaryAnalyzer(GoOffsetTable.parse("[go1.21]\nruntime.g.goid 152\n"));
    assertThatThrownBy(() -> oldTable.analyzeFile(newest.stripped()))
        .isInstanceOf(UnsupportedGoBinaryException.class)
        .hasMessage(
            newest.goVersion() + " is newer than this odiglet's offset table (newest: go1.21)");
    // the shipped Go section without any gRPC section: HTTP fine, gRPC refused with the version
    GoOffsetTable shipped = GoOffsetTable.load();
    String minor = GoOffsetTable.goMinor(newest.goVersion()).orElseThrow();
    StringBuilder text = new StringBuilder("[" + minor + "]\n");
    shipped
        .sections()
        .get(minor)
        .forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
    GoBinaryAnalysis a =
        new GoBinaryAnalyzer(GoOffsetTable.parse(text.toString())).analyzeFile(newest.unstripped());
    a.require(GoFunctionGroup.HTTP_SERVER, GoFunctionGroup.HTTP_CLIENT, GoFunctionGroup.SQL);
    assertThat(a.support(GoFunctionGroup.GRPC_SERVER).problems())
        .containsExactly(
            "google.golang.org/grpc "
                + GoBinaryAnalysisTest.goModRequirements(newest.goMod())
                    .get("google.golang.org/grpc")
                + " has no struct offsets in this odiglet's table (known: none)");
    assertThatThrownBy(() -> a.offsets().offset("google.golang.org/grpc.ClientConn.target"))
        .hasMessageContaining("no offset for google.golang.org/grpc.ClientConn.target");
  }
}
