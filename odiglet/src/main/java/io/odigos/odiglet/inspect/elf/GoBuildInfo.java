package io.odigos.odiglet.inspect.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The build information the Go linker writes into every Go binary: the toolchain version (e.g.
 * {@code go1.26.8}) and the main module and package paths.
 *
 * <p>Layout (Go's {@code debug/buildinfo}): a 32-byte header starting with the 14-byte magic {@code
 * "\xff Go buildinf:"}, then the pointer size and a flags byte. Since Go 1.18 (flag bit 2) the
 * version and the module info follow the header inline, each as a uvarint length and bytes. Before
 * that, the header holds two pointers to Go string headers ({@code {data, len}}) that are resolved
 * through the loadable segments. The header sits at the start of {@code .go.buildinfo}, or (no
 * section headers) 16-byte aligned in the first 64 KiB of the first writable segment.
 *
 * @param goVersion e.g. {@code go1.26.8}; may carry experiment suffixes ({@code go1.22.1
 *     X:loopvar})
 * @param mainPackage the {@code path} line of the module info, empty when not recorded
 * @param mainModule the {@code mod} line's module path, empty when not recorded
 */
public record GoBuildInfo(String goVersion, String mainPackage, String mainModule) {
  static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
  private static final int HEADER = 32;
  private static final int SEARCH = 64 * 1024;
  private static final int FLAG_BIG_ENDIAN = 1;
  private static final int FLAG_INLINE = 2;
  private static final int MAX_STRING = 1 << 20;

  /** The version without the {@code go} prefix and any suffix: {@code 1.26.8}. */
  public String versionNumber() {
    String v = goVersion.startsWith("go") ? goVersion.substring(2) : goVersion;
    int space = v.indexOf(' ');
    return space < 0 ? v : v.substring(0, space);
  }

  /**
   * The undecoded build info: the version string and the whole module info text ({@code path},
   * {@code mod}, {@code dep}, {@code =>} and {@code build} lines, between their 16-byte sentinels
   * when present), for readers that need more than the main module (dependency versions).
   */
  public record Raw(String goVersion, String moduleInfo) {}

  /** The build info of an ELF file; empty when it is not a Go binary. */
  public static Optional<GoBuildInfo> read(ElfFile elf) throws IOException {
    return readRaw(elf).map(r -> parse(r.goVersion(), r.moduleInfo()));
  }

  /** The undecoded build info of an ELF file; empty when it is not a Go binary. */
  public static Optional<Raw> readRaw(ElfFile elf) throws IOException {
    Optional<ByteBuffer> header = findHeader(elf);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    ByteBuffer h = header.get();
    int ptrSize = h.get(14);
    int flags = h.get(15);
    String version;
    String modInfo;
    if ((flags & FLAG_INLINE) != 0) {
      ByteBuffer rest = h.position(HEADER).slice();
      version = varintString(rest);
      modInfo = varintString(rest);
    } else {
      if (ptrSize != 4 && ptrSize != 8) {
        throw new ElfFormatException("Go build info with pointer size " + ptrSize);
      }
      ByteOrder order =
          (flags & FLAG_BIG_ENDIAN) != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      h.order(order);
      version = goString(elf, pointer(h, 16, ptrSize), ptrSize, order);
      modInfo = goString(elf, pointer(h, 16 + ptrSize, ptrSize), ptrSize, order);
    }
    if (version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Raw(version, modInfo));
  }

  static GoBuildInfo parse(String version, String modInfo) {
    // module info is framed by 16-byte sentinels; its lines are tab-separated
    String info =
        modInfo.length() >= 33 && modInfo.charAt(modInfo.length() - 17) == '\n'
            ? modInfo.substring(16, modInfo.length() - 16)
            : modInfo;
    String path = "";
    String mod = "";
    for (String line : info.split("\n")) {
      String[] f = line.split("\t");
      if (f.length >= 2 && f[0].equals("path")) {
        path = f[1];
      } else if (f.length >= 2 && f[0].equals("mod")) {
        mod = f[1];
      }
    }
    return new GoBuildInfo(version, path, mod);
  }

  private static Optional<ByteBuffer> findHeader(ElfFile elf) throws IOException {
    Optional<ElfFile.Section> section = elf.section(".go.buildinfo");
    if (section.isPresent() && section.get().size() >= HEADER) {
      ByteBuffer data = elf.read(section.get(), SEARCH);
      if (startsWithMagic(data, 0)) {
        return Optional.of(data);
      }
    }
    for (ElfFile.Segment seg : elf.segments()) {
      if (seg.type() != 1 || !seg.writable() || seg.fileSize() < HEADER) {
        continue;
      }
      ByteBuffer data = elf.read(seg.offset(), (int) Math.min(seg.fileSize(), SEARCH));
      for (int off = 0; off + HEADER <= data.limit(); off += 16) {
        if (startsWithMagic(data, off)) {
          int len = (int) Math.min(data.limit() - off, SEARCH);
          return Optional.of(data.slice(off, len).order(data.order()));
        }
      }
      break; // only the first writable segment holds it
    }
    return Optional.empty();
  }

  private static boolean startsWithMagic(ByteBuffer b, int off) {
    if (off + MAGIC.length > b.limit()) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (b.get(off + i) != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static String varintString(ByteBuffer b) throws ElfFormatException {
    long len = 0;
    int shift = 0;
    while (true) {
      if (!b.hasRemaining() || shift > 63) {
        throw new ElfFormatException("truncated Go build info");
      }
      int x = b.get() & 0xff;
      len |= (long) (x & 0x7f) << shift;
      if (x < 0x80) {
        break;
      }
      shift += 7;
    }
    if (len > b.remaining() || len > MAX_STRING) {
      throw new ElfFormatException("Go build info string of " + len + " bytes");
    }
    byte[] bytes = new byte[(int) len];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static long pointer(ByteBuffer b, int off, int ptrSize) {
    return ptrSize == 8 ? b.getLong(off) : b.getInt(off) & 0xffffffffL;
  }

  private static String goString(ElfFile elf, long headerAddr, int ptrSize, ByteOrder order)
      throws IOException {
    Optional<ByteBuffer> hdr = elf.readAt(headerAddr, 2 * ptrSize);
    if (hdr.isEmpty()) {
      return "";
    }
    ByteBuffer h = hdr.get().order(order);
    long data = pointer(h, 0, ptrSize);
    long len = pointer(h, ptrSize, ptrSize);
    if (len <= 0 || len > MAX_STRING) {
      return "";
    }
    Optional<ByteBuffer> bytes = elf.readAt(data, (int) len);
    return bytes.map(bb -> StandardCharsets.UTF_8.decode(bb).toString()).orElse("");
  }
}
