package io.odigos.odiglet.ebpf.golang;

/**
 * One decoded amd64 instruction, in capstone's Intel syntax.
 *
 * @param address virtual address
 * @param size length in bytes
 * @param mnemonic e.g. {@code jbe}, {@code ret}, {@code cmp}
 * @param operands e.g. {@code rsp, qword ptr [r14 + 0x10]}
 * @param firstByte the instruction's first byte (opcode or prefix)
 */
public record X86Instruction(
    long address, int size, String mnemonic, String operands, int firstByte) {}
