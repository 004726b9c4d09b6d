package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Node.js: the executable is {@code node} or {@code nodejs}, or {@code libnode.so} is mapped. A
 * release build carries {@code process.release.sourceUrl}, {@code
 * .../release/v<version>/node-v<version>.tar.gz}, in {@code .rodata}: the text after {@code
 * "/node-v"} is the exact version {@code node --version} prints (without its {@code v}). Failing
 * that, {@code NODE_VERSION} from the environment (official images set it).
 */
final class NodeProbe implements LanguageProbe {

  @Override
  public Optional<Match> probe(ProcessView p) {
    String exe = p.exeName();
    Optional<String> lib = p.mapped(n -> n.startsWith("libnode.so"));
    if (!exe.equals("node") && !exe.equals("nodejs") && lib.isEmpty()) {
      return Optional.empty();
    }
    Path binary = lib.map(p::file).orElse(p.exeFile());
    Optional<String> version =
        p.binaries()
            .rodataTextAfter(binary, "/node-v", Versions::versionChar)
            .flatMap(Versions::firstDotted);
    if (version.isPresent()) {
      return Optional.of(new Match(ProgrammingLanguage.JAVASCRIPT, version.get(), "sourceUrl"));
    }
    return Optional.of(
        p.env("NODE_VERSION")
            .flatMap(Versions::firstDotted)
            .map(v -> new Match(ProgrammingLanguage.JAVASCRIPT, v, "env:NODE_VERSION"))
            .orElse(Match.unversioned(ProgrammingLanguage.JAVASCRIPT, "none")));
  }
}
