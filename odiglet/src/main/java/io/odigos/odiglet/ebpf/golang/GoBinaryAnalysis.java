package io.odigos.odiglet.ebpf.golang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the attach manager needs to know about one Go executable: versions, probe sites per
 * function, struct offsets, and per function group whether it can be instrumented and if not why.
 * An immutable value: the file is closed once {@link GoBinaryAnalyzer#analyze} returns.
 *
 * @param goVersion e.g. {@code go1.23.12}
 * @param mainModule the main module's path (empty when not recorded)
 * @param modules dependency modules by path, with the versions compiled in
 * @param functions probe sites of every group's function that was found and decoded
 * @param functionProblems why a group's function has no probe sites (missing, undecodable)
 * @param offsets struct offsets: the table's, confirmed or corrected by DWARF when present
 * @param grpcProblem why the gRPC offsets are unknown (gRPC absent, or its version not in the
 *     table); empty when they are known
 * @param hasSymtab whether {@code .symtab} exists (else functions come from {@code .gopclntab})
 * @param dwarf what DWARF said about the table, when the binary has DWARF
 */
public record GoBinaryAnalysis(
    String goVersion,
    String mainModule,
    Map<String, GoModule> modules,
    Map<String, ProbeSites> functions,
    Map<String, String> functionProblems,
    StructOffsets offsets,
    Optional<String> grpcProblem,
    boolean hasSymtab,
    Optional<DwarfCheck> dwarf) {

  /**
   * The result of checking the table against the binary's DWARF.
   *
   * @param confirmed fields whose table offset DWARF confirmed
   * @param corrected fields where DWARF disagreed (DWARF won): field → "table X, DWARF Y"
   * @param filled fields the table lacked and DWARF supplied
   * @param notInDwarf fields the DWARF does not describe (type not emitted)
   */
  public record DwarfCheck(
      Set<String> confirmed,
      Map<String, String> corrected,
      Set<String> filled,
      Set<String> notInDwarf) {}

  /** Whether a function group can be instrumented, and the reasons if not. */
  public record GroupSupport(GoFunctionGroup group, List<String> problems) {
    public boolean supported() {
      return problems.isEmpty();
    }
  }

  /** A dependency module by path. */
  public Optional<GoModule> module(String path) {
    return Optional.ofNullable(modules.get(path));
  }

  /** Probe sites of a function of one of the groups (full Go symbol name). */
  public Optional<ProbeSites> function(String symbol) {
    return Optional.ofNullable(functions.get(symbol));
  }

  /** Whether a group can be instrumented in this binary, with every reason it cannot. */
  public GroupSupport support(GoFunctionGroup group) {
    List<String> problems = new ArrayList<>();
    if (group.needsGrpc() && grpcProblem.isPresent()) {
      problems.add(grpcProblem.get());
    }
    for (String f : group.functions()) {
      if (!functions.containsKey(f)) {
        problems.add(f + ": " + functionProblems.getOrDefault(f, "not found"));
      }
    }
    if (!group.needsGrpc() || grpcProblem.isEmpty()) {
      for (String field : group.fields()) {
        if (offsets.optional(field).isEmpty()) {
          problems.add("no offset for " + field);
        }
      }
    }
    return new GroupSupport(group, List.copyOf(problems));
  }

  /**
   * Fails unless every given group can be instrumented.
   *
   * @throws UnsupportedGoBinaryException listing every problem, per group
   */
  public void require(GoFunctionGroup... groups) throws UnsupportedGoBinaryException {
    List<String> reasons = new ArrayList<>();
    UnsupportedGoBinaryException.Kind kind = null;
    for (GoFunctionGroup g : groups) {
      GroupSupport s = support(g);
      if (!s.supported()) {
        reasons.add(g + ": " + String.join("; ", s.problems()));
        if (kind == null) {
          kind =
              g.needsGrpc() && grpcProblem.isPresent()
                  ? UnsupportedGoBinaryException.Kind.MODULE_VERSION
                  : s.problems().stream().allMatch(p -> p.startsWith("no offset"))
                      ? UnsupportedGoBinaryException.Kind.MISSING_FIELD
                      : UnsupportedGoBinaryException.Kind.MISSING_FUNCTION;
        }
      }
    }
    if (!reasons.isEmpty()) {
      throw new UnsupportedGoBinaryException(
          kind,
          goVersion
              + " binary cannot be instrumented for "
              + Arrays.toString(groups)
              + ": "
              + String.join(" | ", reasons));
    }
  }
}
