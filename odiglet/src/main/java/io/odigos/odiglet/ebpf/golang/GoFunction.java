package io.odigos.odiglet.ebpf.golang;

/**
 * A function of a Go binary as the symbol tables describe it.
 *
 * @param name full Go symbol name, e.g. {@code net/http.(*Transport).roundTrip}
 * @param entry virtual address of the first instruction
 * @param size bytes up to the next function (pclntab) or the symbol size ({@code .symtab})
 */
public record GoFunction(String name, long entry, long size) {}
