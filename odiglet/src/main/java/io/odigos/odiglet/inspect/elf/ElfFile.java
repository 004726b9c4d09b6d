package io.odigos.odiglet.inspect.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of an ELF file (32 or 64 bit, either byte order): section and program headers,
 * bytes by file offset or by virtual address, the interpreter, and symbol lookup. Reads only what
 * it is asked for, so a 100 MB binary costs a few small reads. Malformed input gives {@link
 * ElfFormatException}, never an out-of-bounds error.
 */
public final class ElfFile implements AutoCloseable {
  private static final int PT_LOAD = 1;
  private static final int PT_INTERP = 3;
  private static final int MAX_HEADERS = 65_535;

  private final FileChannel channel;
  private final long size;
  private final boolean is64;
  private final ByteOrder order;
  private final List<Section> sections;
  private final List<Segment> segments;

  /** A section header with its resolved name. */
  public record Section(String name, int type, long flags, long addr, long offset, long size) {}

  /** A program header. */
  public record Segment(int type, int flags, long offset, long vaddr, long fileSize) {
    /** PF_W: the segment is writable. */
    public boolean writable() {
      return (flags & 2) != 0;
    }
  }

  private ElfFile(FileChannel channel) throws IOException {
    this.channel = channel;
    this.size = channel.size();
    ByteBuffer ident = read(0, 16);
    if (ident.get(0) != 0x7f || ident.get(1) != 'E' || ident.get(2) != 'L' || ident.get(3) != 'F') {
      throw new ElfFormatException("not an ELF file");
    }
    int elfClass = ident.get(4);
    int data = ident.get(5);
    if ((elfClass != 1 && elfClass != 2) || (data != 1 && data != 2)) {
      throw new ElfFormatException("unknown ELF class " + elfClass + " or data encoding " + data);
    }
    is64 = elfClass == 2;
    order = data == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    ByteBuffer h = read(0, is64 ? 64 : 52);
    long phoff = is64 ? h.getLong(32) : u32(h, 28);
    long shoff = is64 ? h.getLong(40) : u32(h, 32);
    int phentsize = u16(h, is64 ? 54 : 42);
    int phnum = u16(h, is64 ? 56 : 44);
    int shentsize = u16(h, is64 ? 58 : 46);
    int shnum = u16(h, is64 ? 60 : 48);
    int shstrndx = u16(h, is64 ? 62 : 50);
    segments = readSegments(phoff, phentsize, phnum);
    sections = readSections(shoff, shentsize, shnum, shstrndx);
  }

  /** Opens and parses the headers; closes the file again if they are malformed. */
  public static ElfFile open(Path path) throws IOException {
    FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
    try {
      return new ElfFile(ch);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e instanceof IOException io ? io : new ElfFormatException(e.toString());
    }
  }

  public boolean is64Bit() {
    return is64;
  }

  public ByteOrder byteOrder() {
    return order;
  }

  public long fileSize() {
    return size;
  }

  public List<Section> sections() {
    return sections;
  }

  public List<Segment> segments() {
    return segments;
  }

  public Optional<Section> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** {@code length} bytes at a file offset, in this file's byte order. */
  public ByteBuffer read(long offset, int length) throws IOException {
    if (offset < 0 || length < 0 || offset + length > size) {
      throw new ElfFormatException("read of " + length + " bytes at " + offset + " past the end");
    }
    ByteBuffer buf = ByteBuffer.allocate(length);
    while (buf.hasRemaining()) {
      if (channel.read(buf, offset + buf.position()) < 0) {
        throw new ElfFormatException("file shrank while reading");
      }
    }
    return buf.flip().order(order == null ? ByteOrder.LITTLE_ENDIAN : order);
  }

  /** The contents of a section (capped at {@code max} bytes). */
  public ByteBuffer read(Section s, int max) throws IOException {
    return read(s.offset(), (int) Math.min(Math.min(s.size(), max), size - s.offset()));
  }

  /**
   * Maps a section read-only (for scanning large sections such as {@code .rodata} without copying
   * them onto the heap); the mapping stays valid after {@link #close()}.
   */
  public ByteBuffer map(Section s) throws IOException {
    long len = Math.min(s.size(), size - s.offset());
    if (s.offset() < 0 || len <= 0 || len > Integer.MAX_VALUE) {
      return ByteBuffer.allocate(0);
    }
    return channel.map(FileChannel.MapMode.READ_ONLY, s.offset(), len).order(order);
  }

  /** The NUL-separated strings of {@code .comment}: compiler identifications. */
  public List<String> comments() throws IOException {
    Optional<Section> comment = section(".comment");
    if (comment.isEmpty()) {
      return List.of();
    }
    ByteBuffer b = read(comment.get(), 64 * 1024);
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= b.limit(); i++) {
      if (i == b.limit() || b.get(i) == 0) {
        if (i > start) {
          byte[] bytes = new byte[i - start];
          b.get(start, bytes);
          out.add(new String(bytes, StandardCharsets.UTF_8));
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** The file offset of a virtual address inside a loadable segment. */
  public Optional<Long> offsetOf(long vaddr) {
    for (Segment s : segments) {
      if (s.type() == PT_LOAD && vaddr >= s.vaddr() && vaddr < s.vaddr() + s.fileSize()) {
        return Optional.of(s.offset() + (vaddr - s.vaddr()));
      }
    }
    return Optional.empty();
  }

  /** Bytes at a virtual address, when the address is backed by the file. */
  public Optional<ByteBuffer> readAt(long vaddr, int length) throws IOException {
    Optional<Long> off = offsetOf(vaddr);
    return off.isEmpty() ? Optional.empty() : Optional.of(read(off.get(), length));
  }

  /** The program interpreter (dynamic loader) path; empty for a static binary. */
  public Optional<String> interpreter() throws IOException {
    for (Segment s : segments) {
      if (s.type() == PT_INTERP && s.fileSize() > 0 && s.fileSize() < 4096) {
        return Optional.of(cString(read(s.offset(), (int) s.fileSize()), 0));
      }
    }
    return Optional.empty();
  }

  /**
   * The value (virtual address) of a symbol in {@code .dynsym}, else in {@code .symtab}. Linear
   * scan: cache the answer per binary.
   */
  public Optional<Long> symbolValue(String name) throws IOException {
    for (String[] tables : new String[][] {{".dynsym", ".dynstr"}, {".symtab", ".strtab"}}) {
      Optional<Section> symtab = section(tables[0]);
      Optional<Section> strtab = section(tables[1]);
      if (symtab.isPresent() && strtab.isPresent()) {
        Optional<Long> v = lookup(symtab.get(), strtab.get(), name);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether any symbol name in {@code .dynsym} or {@code .symtab} starts with the prefix. */
  public boolean hasSymbolStartingWith(String prefix) throws IOException {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    for (String name : new String[] {".dynstr", ".strtab"}) {
      Optional<Section> strtab = section(name);
      if (strtab.isPresent()) {
        ByteBuffer strings = read(strtab.get(), Integer.MAX_VALUE - 8);
        // every name starts after a NUL
        if (ByteSearch.indexOf(strings, concat(new byte[] {0}, p), 0) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private Optional<Long> lookup(Section symtab, Section strtab, String name) throws IOException {
    int entSize = is64 ? 24 : 16;
    long count = symtab.size() / entSize;
    if (count <= 0 || symtab.size() > size) {
      return Optional.empty();
    }
    ByteBuffer syms = read(symtab, Integer.MAX_VALUE - 8);
    ByteBuffer strings = read(strtab, Integer.MAX_VALUE - 8);
    byte[] wanted = name.getBytes(StandardCharsets.US_ASCII);
    for (int i = 1; i < count; i++) {
      int base = i * entSize;
      if (base + entSize > syms.limit()) {
        break;
      }
      long nameOff = u32(syms, base);
      if (matches(strings, nameOff, wanted)) {
        return Optional.of(is64 ? syms.getLong(base + 8) : u32(syms, base + 4));
      }
    }
    return Optional.empty();
  }

  private static boolean matches(ByteBuffer strings, long off, byte[] wanted) {
    if (off < 0 || off + wanted.length >= strings.limit()) {
      return false;
    }
    int o = (int) off;
    for (int i = 0; i < wanted.length; i++) {
      if (strings.get(o + i) != wanted[i]) {
        return false;
      }
    }
    return strings.get(o + wanted.length) == 0;
  }

  private List<Segment> readSegments(long phoff, int entSize, int count) throws IOException {
    List<Segment> out = new ArrayList<>();
    if (phoff == 0 || count == 0) {
      return out;
    }
    if (count > MAX_HEADERS || entSize < (is64 ? 56 : 32)) {
      throw new ElfFormatException("bad program header table");
    }
    ByteBuffer b = read(phoff, entSize * count);
    for (int i = 0; i < count; i++) {
      int o = i * entSize;
      out.add(
          is64
              ? new Segment(
                  b.getInt(o),
                  b.getInt(o + 4),
                  b.getLong(o + 8),
                  b.getLong(o + 16),
                  b.getLong(o + 32))
              : new Segment(
                  b.getInt(o), b.getInt(o + 24), u32(b, o + 4), u32(b, o + 8), u32(b, o + 16)));
    }
    return List.copyOf(out);
  }

  private List<Section> readSections(long shoff, int entSize, int count, int strndx)
      throws IOException {
    if (shoff == 0 || count == 0) {
      return List.of();
    }
    if (count > MAX_HEADERS || entSize < (is64 ? 64 : 40) || strndx >= count) {
      throw new ElfFormatException("bad section header table");
    }
    ByteBuffer b = read(shoff, entSize * count);
    long[][] raw = new long[count][];
    for (int i = 0; i < count; i++) {
      int o = i * entSize;
      raw[i] =
          is64
              ? new long[] {
                u32(b, o),
                b.getInt(o + 4),
                b.getLong(o + 8),
                b.getLong(o + 16),
                b.getLong(o + 24),
                b.getLong(o + 32)
              }
              : new long[] {
                u32(b, o),
                b.getInt(o + 4),
                u32(b, o + 8),
                u32(b, o + 12),
                u32(b, o + 16),
                u32(b, o + 20)
              };
    }
    long[] names = raw[strndx];
    ByteBuffer strings =
        names[4] >= 0 && names[5] > 0 && names[4] + names[5] <= size && names[5] < (1 << 24)
            ? read(names[4], (int) names[5])
            : ByteBuffer.allocate(0);
    List<Section> out = new ArrayList<>(count);
    for (long[] s : raw) {
      boolean inFile = s[1] != 8 /* SHT_NOBITS */ && s[4] >= 0 && s[5] >= 0 && s[4] + s[5] <= size;
      out.add(new Section(cString(strings, s[0]), (int) s[1], s[2], s[3], s[4], inFile ? s[5] : 0));
    }
    return List.copyOf(out);
  }

  static String cString(ByteBuffer b, long off) {
    if (off < 0 || off >= b.limit()) {
      return "";
    }
    int end = (int) off;
    while (end < b.limit() && b.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - (int) off];
    b.get((int) off, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static long u32(ByteBuffer b, int off) {
    return b.getInt(off) & 0xffffffffL;
  }

  private static int u16(ByteBuffer b, int off) {
    return b.getShort(off) & 0xffff;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
