package io.odigos.odiglet.inspect.elf;

import java.io.IOException;

/** The file is not ELF, or its headers point outside it. */
public final class ElfFormatException extends IOException {
  public ElfFormatException(String message) {
    super(message);
  }
}
