package io.odigos.odiglet.ebpf.golang;

import java.util.List;

/**
 * Where to put uprobes on one Go function, as file offsets into the executable (what {@code
 * bpf_program__attach_uprobe_opts} takes when there is no symbol to name).
 *
 * @param symbol full Go symbol name
 * @param entryAddress virtual address of the first instruction
 * @param size bytes of the function body that were decoded
 * @param entryFileOffset file offset of the first instruction
 * @param hasStackCheck whether the prologue's stack-bound check ({@code CMP/LEA … R14} then {@code
 *     JBE}) was found
 * @param jbeFileOffset file offset of that {@code JBE} (the cheap place for an entry probe: the
 *     kernel emulates it and no argument register has changed yet); equals {@code entryFileOffset}
 *     when {@code hasStackCheck} is false
 * @param retFileOffsets file offsets of every {@code RET} in the body, ascending (the function's
 *     ends: Go must never get uretprobes)
 */
public record ProbeSites(
    String symbol,
    long entryAddress,
    long size,
    long entryFileOffset,
    boolean hasStackCheck,
    long jbeFileOffset,
    List<Long> retFileOffsets) {
  public ProbeSites {
    retFileOffsets = List.copyOf(retFileOffsets);
  }

  /** The offset for the entry probe: the prologue {@code JBE}, else the first instruction. */
  public long entryProbeFileOffset() {
    return hasStackCheck ? jbeFileOffset : entryFileOffset;
  }
}
