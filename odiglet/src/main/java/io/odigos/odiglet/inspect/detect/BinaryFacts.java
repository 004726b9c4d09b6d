package io.odigos.odiglet.inspect.detect;

import io.odigos.odiglet.inspect.elf.ByteSearch;
import io.odigos.odiglet.inspect.elf.ElfFile;
import io.odigos.odiglet.inspect.elf.GoBuildInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facts read from binaries (ELF executables and libraries), cached per file identity (device and
 * inode, size, modification time) so that a hundred processes of the same image cost one read. A
 * file that cannot be read or is not ELF gives empty facts (logged at DEBUG), never an exception.
 */
public final class BinaryFacts {
  private static final Logger LOG = LoggerFactory.getLogger(BinaryFacts.class);
  private static final int MAX_ENTRIES = 4096;

  private record Key(Object file, long size, long modified, String fact) {}

  private interface Reader {
    Optional<String> read(ElfFile elf) throws IOException;
  }

  private final Map<Key, Optional<String>> cache = new ConcurrentHashMap<>();

  /** The Go build info's version ({@code go1.26.8}) and main module, tab-separated. */
  public Optional<GoBuildInfo> goBuildInfo(Path binary) {
    return fact(binary, "go", elf -> GoBuildInfo.read(elf).map(BinaryFacts::encode))
        .map(BinaryFacts::decode);
  }

  /** The value of the named 8-byte (or 4-byte) data symbol, as an unsigned number in text. */
  public Optional<Long> symbolWord(Path binary, String symbol) {
    return fact(
            binary,
            "sym:" + symbol,
            elf -> {
              Optional<Long> addr = elf.symbolValue(symbol);
              if (addr.isEmpty()) {
                return Optional.empty();
              }
              int size = elf.is64Bit() ? 8 : 4;
              return elf.readAt(addr.get(), size)
                  .map(b -> Long.toString(size == 8 ? b.getLong(0) : b.getInt(0) & 0xffffffffL));
            })
        .map(Long::parseLong);
  }

  /** The compiler strings of {@code .comment}, joined by newlines. */
  public List<String> comments(Path binary) {
    return fact(binary, "comment", elf -> Optional.of(String.join("\n", elf.comments())))
        .filter(s -> !s.isEmpty())
        .map(s -> List.of(s.split("\n")))
        .orElse(List.of());
  }

  /** Whether a symbol starting with the prefix is defined ({@code .dynsym} or {@code .symtab}). */
  public boolean hasSymbolPrefix(Path binary, String prefix) {
    return fact(
            binary,
            "symprefix:" + prefix,
            elf -> Optional.of(Boolean.toString(elf.hasSymbolStartingWith(prefix))))
        .map(Boolean::parseBoolean)
        .orElse(false);
  }

  /** The ELF interpreter ({@code PT_INTERP}); empty for static binaries. */
  public Optional<String> interpreter(Path binary) {
    return fact(binary, "interp", ElfFile::interpreter);
  }

  /**
   * The text that follows the first occurrence of {@code marker} in {@code .rodata} (or {@code
   * .rodata}-less files: nothing), up to the first byte that {@code allowed} rejects, when it is
   * not empty. Used for version strings a build bakes in next to a fixed text.
   */
  public Optional<String> rodataTextAfter(
      Path binary, String marker, Predicate<Character> allowed) {
    byte[] needle = marker.getBytes(StandardCharsets.ISO_8859_1);
    return fact(
        binary,
        "rodata:" + marker,
        elf -> {
          Optional<ElfFile.Section> rodata = elf.section(".rodata");
          if (rodata.isEmpty()) {
            return Optional.empty();
          }
          ByteBuffer data = elf.map(rodata.get());
          int from = 0;
          while (true) {
            int at = ByteSearch.indexOf(data, needle, from);
            if (at < 0) {
              return Optional.empty();
            }
            StringBuilder sb = new StringBuilder();
            for (int i = at + needle.length; i < data.limit() && sb.length() < 64; i++) {
              char c = (char) (data.get(i) & 0xff);
              if (!allowed.test(c)) {
                break;
              }
              sb.append(c);
            }
            if (!sb.isEmpty()) {
              return Optional.of(sb.toString());
            }
            from = at + 1;
          }
        });
  }

  private Optional<String> fact(Path binary, String fact, Reader reader) {
    Key key;
    try {
      BasicFileAttributes a = Files.readAttributes(binary, BasicFileAttributes.class);
      Object id = a.fileKey() != null ? a.fileKey() : binary.toRealPath().toString();
      key = new Key(id, a.size(), a.lastModifiedTime().toMillis(), fact);
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot stat {}: {}", binary, e.toString());
      return Optional.empty();
    }
    Optional<String> cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    Optional<String> value;
    try (ElfFile elf = ElfFile.open(binary)) {
      value = reader.read(elf);
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read {} from {}: {}", fact, binary, e.toString());
      value = Optional.empty();
    }
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(key, value);
    return value;
  }

  private static String encode(GoBuildInfo info) {
    return info.goVersion() + "\t" + info.mainPackage() + "\t" + info.mainModule();
  }

  private static GoBuildInfo decode(String s) {
    String[] f = s.split("\t", -1);
    return new GoBuildInfo(f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : "");
  }
}
