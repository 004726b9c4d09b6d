package io.odigos.odiglet.ebpf.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prologue rules on hand-assembled bytes, decoded by the real capstone (the bytes are what the
 * Go compiler emits; see {@code GoBinaryAnalysisTest} for real binaries).
 */
class FunctionBodyScannerTest {
  // cmp rsp, [r14+0x10]; jbe +0x10; push rbp; mov rbp, rsp; ... ret
  private static final byte[] SMALL_FRAME = {
    0x49, 0x3b, 0x66, 0x10, 0x76, 0x10, 0x55, 0x48, (byte) 0x89, (byte) 0xe5, 0x5d, (byte) 0xc3
  };
  // lea r12, [rsp-0x1a0]; cmp r12, [r14+0x10]; jbe rel32; push rbp; ret
  private static final byte[] LARGE_FRAME = {
    0x4c,
    (byte) 0x8d,
    (byte) 0xa4,
    0x24,
    0x60,
    (byte) 0xfe,
    (byte) 0xff,
    (byte) 0xff,
    0x4d,
    0x3b,
    0x66,
    0x10,
    0x0f,
    (byte) 0x86,
    0x10,
    0x00,
    0x00,
    0x00,
    0x55,
    (byte) 0xc3,
    (byte) 0xcc,
    (byte) 0xcc
  };
  // NOSPLIT: push rbp; mov rbp, rsp; ret; (a jbe later that is not the stack check) ; ret
  private static final byte[] NO_STACK_CHECK = {
    0x55,
    0x48,
    (byte) 0x89,
    (byte) 0xe5,
    0x48,
    0x39,
    (byte) 0xc3,
    0x76,
    0x01,
    (byte) 0xc3,
    0x5d,
    (byte) 0xc3
  };
  // mov rax, rbx (an argument register changes) before a cmp/jbe: not a site
  private static final byte[] ARGUMENT_TOUCHED = {
    0x48, (byte) 0x89, (byte) 0xd8, 0x49, 0x3b, 0x66, 0x10, 0x76, 0x01, (byte) 0xc3
  };

  private static List<X86Instruction> decode(byte[] code) {
    try (CapstoneX86.Lease lease = CapstoneX86.lease()) {
      return lease.decoder().decode(code, 0x401000);
    }
  }

  @Test
  void theLibraryIsUnloadedWhenTheLastLeaseCloses() {
    try (CapstoneX86.Lease a = CapstoneX86.lease();
        CapstoneX86.Lease b = CapstoneX86.lease()) {
      assertThat(a.decoder().decode(SMALL_FRAME, 0x401000)).isNotEmpty();
      assertThat(CapstoneX86.loaded()).isTrue();
      a.close();
      assertThat(CapstoneX86.loaded()).as("b is still open").isTrue();
      assertThat(b.decoder().decode(SMALL_FRAME, 0x401000)).isNotEmpty();
      assertThatThrownBy(a::decoder).isInstanceOf(IllegalStateException.class);
    }
    assertThat(CapstoneX86.loaded()).isFalse();
  }

  @Test
  void smallFrameJbeFollowsTheCmpWithTheStackBound() {
    List<X86Instruction> body = decode(SMALL_FRAME);
    assertThat(body.get(0).operands()).isEqualTo("rsp, qword ptr [r14 + 0x10]");
    assertThat(FunctionBodyScanner.prologueJbe(body)).hasValue(0x401004);
    assertThat(FunctionBodyScanner.returns(body)).containsExactly(0x40100bL);
  }

  @Test
  void largeFrameJbeFollowsLeaAndCmpOfR12() {
    List<X86Instruction> body = decode(LARGE_FRAME);
    assertThat(FunctionBodyScanner.prologueJbe(body)).hasValue(0x40100c);
    assertThat(body.get(2).mnemonic()).isEqualTo("jbe");
    assertThat(body.get(2).size()).isEqualTo(6);
    assertThat(FunctionBodyScanner.returns(body)).containsExactly(0x401013L);
  }

  @Test
  void functionsWithoutGoStackCheckHaveNoJbeSite() {
    assertThat(FunctionBodyScanner.prologueJbe(decode(NO_STACK_CHECK))).isEmpty();
    assertThat(FunctionBodyScanner.returns(decode(NO_STACK_CHECK))).hasSize(2);
    assertThat(FunctionBodyScanner.prologueJbe(decode(ARGUMENT_TOUCHED))).isEmpty();
    assertThat(FunctionBodyScanner.prologueJbe(List.of())).isEmpty();
  }

  @Test
  void decodingStopsAtBytesThatAreNoInstruction() {
    // 0x06 (push es) is invalid in 64-bit mode
    List<X86Instruction> body = decode(new byte[] {(byte) 0xc3, 0x06, (byte) 0xc3});
    assertThat(body).hasSize(1);
    assertThat(decode(new byte[0])).isEmpty();
  }
}
