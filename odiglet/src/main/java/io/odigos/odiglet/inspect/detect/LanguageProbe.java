package io.odigos.odiglet.inspect.detect;

import io.odigos.model.v1alpha1.ProgrammingLanguage;
import java.util.Optional;

/** Recognises one language (or a family of them) in a process and reads its runtime version. */
interface LanguageProbe {

  /** Empty when the process does not run this language. */
  Optional<Match> probe(ProcessView process);

  /**
   * @param version the exact runtime version, or empty when it could not be read
   * @param source where the version came from (for logs and tests): {@code release}, {@code
   *     Py_Version}, {@code env:NODE_VERSION}...
   */
  record Match(ProgrammingLanguage language, String version, String source) {
    static Match unversioned(ProgrammingLanguage language, String source) {
      return new Match(language, "", source);
    }
  }
}
