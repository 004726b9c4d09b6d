package io.odigos.odiglet.ebpf.golang;

import io.odigos.odiglet.inspect.elf.ElfFile;
import io.odigos.odiglet.inspect.elf.ElfFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads struct member offsets from DWARF ({@code .debug_info} + {@code .debug_abbrev}, versions 2
 * to 5, 32- and 64-bit DWARF): for each wanted {@code DW_TAG_structure_type} by name (Go names them
 * by full package path, e.g. {@code net/http.Request}), its {@code DW_TAG_member} children's {@code
 * DW_AT_name} → {@code DW_AT_data_member_location}. Only what is needed is decoded; every other
 * attribute is skipped by its form. Malformed input gives {@link ElfFormatException}.
 */
public final class DwarfStructReader {
  private static final int TAG_STRUCTURE = 0x13;
  private static final int TAG_MEMBER = 0x0d;
  private static final int AT_NAME = 0x03;
  private static final int AT_MEMBER_LOCATION = 0x38;
  private static final int FORM_INDIRECT = 0x16;
  private static final int FORM_IMPLICIT_CONST = 0x21;

  private DwarfStructReader() {}

  /**
   * Member offsets of the wanted struct types (first definition wins); empty when the file has no
   * DWARF. Types the DWARF does not describe are absent from the result.
   */
  public static Optional<Map<String, Map<String, Long>>> structs(ElfFile elf, Set<String> wanted)
      throws IOException {
    Optional<ByteBuffer> info = DebugSections.read(elf, ".debug_info");
    Optional<ByteBuffer> abbrev = DebugSections.read(elf, ".debug_abbrev");
    if (info.isEmpty() || abbrev.isEmpty()) {
      return Optional.empty();
    }
    ByteBuffer str = DebugSections.read(elf, ".debug_str").orElse(ByteBuffer.allocate(0));
    try {
      return Optional.of(parse(info.get(), abbrev.get(), str, wanted));
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new ElfFormatException("malformed DWARF: " + e);
    }
  }

  private record Abbrev(int tag, boolean children, int[] attrs, int[] forms, long[] consts) {}

  static Map<String, Map<String, Long>> parse(
      ByteBuffer info, ByteBuffer abbrevSection, ByteBuffer str, Set<String> wanted)
      throws ElfFormatException {
    Map<String, Map<String, Long>> out = new HashMap<>();
    Map<Long, Map<Long, Abbrev>> abbrevCache = new HashMap<>();
    Cursor c = new Cursor(info, 0);
    while (c.pos < info.limit() && out.size() < wanted.size()) {
      long unitLength = c.u32();
      int offSize = 4;
      if (unitLength == 0xffffffffL) {
        unitLength = c.u64();
        offSize = 8;
      }
      long unitEnd = c.pos + unitLength;
      if (unitLength < 7 || unitEnd > info.limit()) {
        throw new ElfFormatException("DWARF unit at " + c.pos + " runs past .debug_info");
      }
      int version = c.u16();
      long abbrevOff;
      int addrSize;
      if (version >= 5) {
        int unitType = c.u8();
        addrSize = c.u8();
        abbrevOff = c.offset(offSize);
        if (unitType == 2 || unitType == 6) { // type units: signature + type offset
          c.pos += 8 + offSize;
        } else if (unitType == 4 || unitType == 5) { // skeleton / split: dwo id
          c.pos += 8;
        }
      } else if (version >= 2) {
        abbrevOff = c.offset(offSize);
        addrSize = c.u8();
      } else {
        throw new ElfFormatException("DWARF version " + version);
      }
      Map<Long, Abbrev> abbrevs =
          abbrevCache.computeIfAbsent(abbrevOff, o -> readAbbrevs(abbrevSection, o));
      int unitStart = c.pos;
      try {
        walkUnit(c, unitEnd, abbrevs, version, offSize, addrSize, str, wanted, out);
      } catch (ElfFormatException e) {
        throw new ElfFormatException(
            e.getMessage()
                + " (DWARF "
                + version
                + " unit before 0x"
                + Long.toHexString(unitEnd)
                + ", DIE near 0x"
                + Integer.toHexString(c.pos)
                + ", header end 0x"
                + Integer.toHexString(unitStart)
                + ")");
      }
      c.pos = (int) unitEnd;
    }
    return out;
  }

  private static void walkUnit(
      Cursor c,
      long end,
      Map<Long, Abbrev> abbrevs,
      int version,
      int offSize,
      int addrSize,
      ByteBuffer str,
      Set<String> wanted,
      Map<String, Map<String, Long>> out)
      throws ElfFormatException {
    int depth = 0;
    int structDepth = -1;
    Map<String, Long> members = null;
    while (c.pos < end) {
      long code = c.uleb();
      if (code == 0) {
        depth--;
        if (depth <= structDepth) {
          structDepth = -1;
          members = null;
        }
        continue;
      }
      Abbrev a = abbrevs.get(code);
      if (a == null) {
        throw new ElfFormatException("DWARF abbreviation " + code + " is not defined");
      }
      String name = null;
      Long location = null;
      for (int i = 0; i < a.attrs.length; i++) {
        int form = a.forms[i];
        while (form == FORM_INDIRECT) {
          form = (int) c.uleb();
        }
        int at = a.attrs[i];
        if (at == AT_NAME && (a.tag == TAG_STRUCTURE || a.tag == TAG_MEMBER)) {
          name = readString(c, form, offSize, str);
          if (name == null) {
            skip(c, form, version, offSize, addrSize);
          }
        } else if (at == AT_MEMBER_LOCATION && a.tag == TAG_MEMBER) {
          location = readLocation(c, form, a.consts[i], version, offSize, addrSize);
        } else {
          skip(c, form, version, offSize, addrSize);
        }
      }
      if (members != null && depth == structDepth + 1 && a.tag == TAG_MEMBER && name != null) {
        if (location != null) {
          members.putIfAbsent(name, location);
        }
      }
      if (a.tag == TAG_STRUCTURE
          && name != null
          && structDepth < 0
          && wanted.contains(name)
          && !out.containsKey(name)
          && a.children) {
        members = new LinkedHashMap<>();
        out.put(name, members);
        structDepth = depth;
      }
      if (a.children) {
        depth++;
      }
    }
  }

  private static String readString(Cursor c, int form, int offSize, ByteBuffer str) {
    return switch (form) {
      case 0x08 -> c.cString();
      case 0x0e -> {
        long off = c.offset(offSize);
        yield off < str.limit() ? new Cursor(str, (int) off).cString() : "";
      }
      default -> null; // strx and friends: no .debug_str_offsets support (Go does not use them)
    };
  }

  private static Long readLocation(
      Cursor c, int form, long implicitConst, int version, int offSize, int addrSize)
      throws ElfFormatException {
    switch (form) {
      case 0x0b:
        return (long) c.u8();
      case 0x05:
        return (long) c.u16();
      case 0x06:
        // DWARF 2/3 treat data4 as a location-list pointer here; Go never emits that
        return c.u32();
      case 0x07:
        return c.u64();
      case 0x0f:
        return c.uleb();
      case 0x0d:
        return c.sleb();
      case FORM_IMPLICIT_CONST:
        return implicitConst;
      case 0x18:
      case 0x09:
      case 0x0a:
        {
          long len = form == 0x0a ? c.u8() : c.uleb();
          long start = c.pos;
          Long value = null;
          if (len >= 1 && (c.buf.get(c.pos) & 0xff) == 0x23) { // DW_OP_plus_uconst
            c.pos++;
            value = c.uleb();
          }
          c.pos = (int) (start + len);
          return value;
        }
      default:
        skip(c, form, version, offSize, addrSize);
        return null;
    }
  }

  private static void skip(Cursor c, int form, int version, int offSize, int addrSize)
      throws ElfFormatException {
    switch (form) {
      case 0x01 -> c.pos += addrSize;
      case 0x03 -> c.advance(c.u16());
      case 0x04 -> c.advance(c.u32());
      case 0x05, 0x12, 0x26 -> c.pos += 2;
      case 0x06, 0x13, 0x1c, 0x28, 0x2c -> c.pos += 4;
      case 0x07, 0x14, 0x20, 0x24 -> c.pos += 8;
      case 0x08 -> c.cString();
      case 0x09, 0x18 -> c.advance(c.uleb());
      case 0x0a -> c.advance(c.u8());
      case 0x0b, 0x0c, 0x11, 0x25, 0x29 -> c.pos += 1;
      case 0x0d -> c.sleb();
      case 0x0e, 0x17, 0x1d, 0x1f -> c.pos += offSize;
      case 0x0f, 0x15, 0x1a, 0x1b, 0x22, 0x23 -> c.uleb();
      case 0x10 -> c.pos += version <= 2 ? addrSize : offSize;
      case 0x19, FORM_IMPLICIT_CONST -> {}
      case 0x1e -> c.pos += 16;
      case 0x27, 0x2b -> c.pos += 3;
      case 0x2a -> c.pos += 2;
      default -> throw new ElfFormatException("DWARF form 0x" + Integer.toHexString(form));
    }
  }

  private static Map<Long, Abbrev> readAbbrevs(ByteBuffer section, long offset) {
    Map<Long, Abbrev> out = new HashMap<>();
    Cursor c = new Cursor(section, (int) offset);
    while (c.pos < section.limit()) {
      long code = c.uleb();
      if (code == 0) {
        break;
      }
      int tag = (int) c.uleb();
      boolean children = c.u8() != 0;
      int[] attrs = new int[8];
      int[] forms = new int[8];
      long[] consts = new long[8];
      int n = 0;
      while (true) {
        int at = (int) c.uleb();
        int form = (int) c.uleb();
        if (at == 0 && form == 0) {
          break;
        }
        if (n == attrs.length) {
          attrs = java.util.Arrays.copyOf(attrs, n * 2);
          forms = java.util.Arrays.copyOf(forms, n * 2);
          consts = java.util.Arrays.copyOf(consts, n * 2);
        }
        attrs[n] = at;
        forms[n] = form;
        consts[n] = form == FORM_IMPLICIT_CONST ? c.sleb() : 0;
        n++;
      }
      out.put(
          code,
          new Abbrev(
              tag,
              children,
              java.util.Arrays.copyOf(attrs, n),
              java.util.Arrays.copyOf(forms, n),
              java.util.Arrays.copyOf(consts, n)));
    }
    return out;
  }

  /** A read position in a little-endian section; bounds are checked by the buffer. */
  private static final class Cursor {
    final ByteBuffer buf;
    int pos;

    Cursor(ByteBuffer buf, int pos) {
      this.buf = buf;
      this.pos = pos;
    }

    /** Skips {@code n} bytes (a length read just before: evaluated before moving). */
    void advance(long n) {
      if (n < 0 || pos + n > buf.limit()) {
        throw new IndexOutOfBoundsException("DWARF block of " + n + " bytes at " + pos);
      }
      pos += (int) n;
    }

    int u8() {
      return buf.get(pos++) & 0xff;
    }

    int u16() {
      int v = buf.getShort(pos) & 0xffff;
      pos += 2;
      return v;
    }

    long u32() {
      long v = buf.getInt(pos) & 0xffffffffL;
      pos += 4;
      return v;
    }

    long u64() {
      long v = buf.getLong(pos);
      pos += 8;
      return v;
    }

    long offset(int size) {
      return size == 8 ? u64() : u32();
    }

    long uleb() {
      long result = 0;
      int shift = 0;
      while (true) {
        int b = u8();
        if (shift < 64) {
          result |= (long) (b & 0x7f) << shift;
        }
        shift += 7;
        if ((b & 0x80) == 0) {
          return result;
        }
      }
    }

    long sleb() {
      long result = 0;
      int shift = 0;
      int b;
      do {
        b = u8();
        if (shift < 64) {
          result |= (long) (b & 0x7f) << shift;
        }
        shift += 7;
      } while ((b & 0x80) != 0);
      if (shift < 64 && (b & 0x40) != 0) {
        result |= -1L << shift;
      }
      return result;
    }

    String cString() {
      int end = pos;
      while (buf.get(end) != 0) {
        end++;
      }
      byte[] b = new byte[end - pos];
      buf.get(pos, b);
      pos = end + 1;
      return new String(b, StandardCharsets.UTF_8);
    }
  }
}
