package io.odigos.odiglet.ebpf.golang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Finds the probe sites in a decoded Go function body. Pure functions over decoded instructions.
 *
 * <p>Go's amd64 prologue compares the stack pointer (or, for a large frame, {@code R12 = RSP -
 * frame} computed by {@code LEA}/{@code MOV}+{@code SUB}) with the goroutine's stack bound at
 * {@code [R14+0x10]} and jumps to {@code morestack} with {@code JBE}. The {@code JBE} is the site
 * we want; it is accepted only when every instruction before it is that check (so no argument
 * register has been touched), else the function is reported as having no stack check and the entry
 * is used.
 */
public final class FunctionBodyScanner {
  /** A prologue longer than this is not Go's stack check. */
  static final int MAX_PROLOGUE_INSTRUCTIONS = 5;

  private FunctionBodyScanner() {}

  /** The address of the prologue's {@code JBE}, when the body starts with Go's stack check. */
  public static OptionalLong prologueJbe(List<X86Instruction> body) {
    for (int i = 0; i < Math.min(body.size(), MAX_PROLOGUE_INSTRUCTIONS); i++) {
      X86Instruction in = body.get(i);
      String m = in.mnemonic().toLowerCase(Locale.ROOT);
      if (m.equals("jbe")) {
        boolean afterBoundCheck =
            i > 0
                && body.get(i - 1).mnemonic().equalsIgnoreCase("cmp")
                && readsStackBound(body.get(i - 1).operands());
        return afterBoundCheck ? OptionalLong.of(in.address()) : OptionalLong.empty();
      }
      if (!isStackCheckStep(in)) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** The addresses of every {@code RET} instruction in the body. */
  public static List<Long> returns(List<X86Instruction> body) {
    List<Long> out = new ArrayList<>();
    for (X86Instruction in : body) {
      if (in.mnemonic().equalsIgnoreCase("ret")) {
        out.add(in.address());
      }
    }
    return out;
  }

  /** {@code [r14 + 0x10]}: {@code g.stack.hi}'s neighbour {@code stackguard0}. */
  private static boolean readsStackBound(String operands) {
    return operands.toLowerCase(Locale.ROOT).contains("[r14 + 0x10]");
  }

  /** The instructions Go's stack check is made of: CMP with the bound, or R12 arithmetic. */
  private static boolean isStackCheckStep(X86Instruction in) {
    String m = in.mnemonic().toLowerCase(Locale.ROOT);
    String ops = in.operands().toLowerCase(Locale.ROOT);
    return switch (m) {
      case "cmp" -> readsStackBound(ops);
      case "lea", "mov", "sub" -> ops.startsWith("r12,");
      case "jb" -> true; // the overflow check of very large frames (MOV/SUB/JB/CMP/JBE)
      default -> false;
    };
  }
}
