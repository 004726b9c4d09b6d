package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.util.Optional;

/**
 * .NET (Core): {@code libcoreclr.so} is mapped (or the executable is {@code dotnet}). A
 * framework-dependent app loads it from {@code .../shared/Microsoft.NETCore.App/<version>/}, so the
 * directory name is the runtime version; a self-contained app has it next to the app, and then
 * {@code DOTNET_VERSION} from the environment (official images) is used.
 */
final class DotnetProbe implements LanguageProbe {

  @Override
  public Optional<Match> probe(ProcessView p) {
    Optional<String> coreclr = p.mapped(n -> n.equals("libcoreclr.so"));
    if (coreclr.isEmpty() && !p.exeName().equals("dotnet")) {
      return Optional.empty();
    }
    Optional<String> fromPath =
        coreclr
            .flatMap(ProcessView::parent)
            .filter(dir -> dir.contains("/Microsoft.NETCore.App/"))
            .map(ProcessView::baseName)
            .flatMap(Versions::firstDotted);
    if (fromPath.isPresent()) {
      return Optional.of(new Match(ProgrammingLanguage.DOTNET, fromPath.get(), "libcoreclr path"));
    }
    return Optional.of(
        p.env("DOTNET_VERSION")
            .flatMap(Versions::firstDotted)
            .map(v -> new Match(ProgrammingLanguage.DOTNET, v, "env:DOTNET_VERSION"))
            .orElse(Match.unversioned(ProgrammingLanguage.DOTNET, "none")));
  }
}
