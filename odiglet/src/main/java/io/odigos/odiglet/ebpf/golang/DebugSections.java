package io.odigos.odiglet.ebpf.golang;

import io.odigos.odiglet.inspect.elf.ElfFile;
import io.odigos.odiglet.inspect.elf.ElfFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The contents of an ELF debug section, decompressed: {@code SHF_COMPRESSED} sections with a zlib
 * {@code Elf64_Chdr} (what the Go linker writes since Go 1.16 unless {@code
 * -ldflags=-compressdwarf=false}) and the older GNU {@code .zdebug_*} form ({@code "ZLIB"} +
 * big-endian size). Other compression types (zstd) are refused with a clear message.
 */
final class DebugSections {
  private static final long SHF_COMPRESSED = 0x800;
  private static final int ELFCOMPRESS_ZLIB = 1;
  private static final long MAX_SIZE = 1L << 30;

  private DebugSections() {}

  /**
   * {@code name} (e.g. {@code .debug_info}) decompressed; empty when the file has no such section.
   */
  static Optional<ByteBuffer> read(ElfFile elf, String name) throws IOException {
    Optional<ElfFile.Section> plain = elf.section(name);
    if (plain.isPresent() && plain.get().size() > 0) {
      ElfFile.Section s = plain.get();
      ByteBuffer raw = elf.map(s); // not copied onto the heap
      if ((s.flags() & SHF_COMPRESSED) == 0) {
        return Optional.of(raw.order(ByteOrder.LITTLE_ENDIAN));
      }
      int type = raw.getInt(0);
      long size = raw.getLong(8);
      if (type != ELFCOMPRESS_ZLIB) {
        throw new ElfFormatException(
            name + " uses compression type " + type + " (only zlib is read)");
      }
      return Optional.of(inflate(name, raw.position(24).slice(), size));
    }
    Optional<ElfFile.Section> gnu = elf.section(".z" + name.substring(1));
    if (gnu.isPresent() && gnu.get().size() > 12) {
      ByteBuffer raw = elf.map(gnu.get());
      if (raw.get(0) != 'Z' || raw.get(1) != 'L' || raw.get(2) != 'I' || raw.get(3) != 'B') {
        throw new ElfFormatException(gnu.get().name() + " lacks its ZLIB header");
      }
      long size = raw.order(ByteOrder.BIG_ENDIAN).getLong(4);
      return Optional.of(inflate(name, raw.position(12).slice(), size));
    }
    return Optional.empty();
  }

  private static ByteBuffer inflate(String name, ByteBuffer compressed, long size)
      throws ElfFormatException {
    if (size <= 0 || size > MAX_SIZE) {
      throw new ElfFormatException(name + " claims " + size + " bytes uncompressed");
    }
    byte[] out = new byte[(int) size];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      int n = 0;
      while (n < out.length && !inflater.finished()) {
        int got = inflater.inflate(out, n, out.length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != out.length) {
        throw new ElfFormatException(name + " inflated to " + n + " of " + size + " bytes");
      }
    } catch (DataFormatException e) {
      throw new ElfFormatException(name + " is not valid zlib: " + e.getMessage());
    } finally {
      inflater.end();
    }
    return ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
  }
}
