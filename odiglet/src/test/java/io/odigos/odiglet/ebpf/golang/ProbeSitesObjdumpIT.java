package io.odigos.odiglet.ebpf.golang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second opinion on the probe sites from GNU objdump (binutils, a different decoder than
 * capstone): for every probed function of every stripped and unstripped build, objdump must find a
 * {@code jbe} right after a {@code cmp … 0x10(%r14)} at the analysis' JBE address, and its {@code
 * ret} addresses must be exactly the analysis' RETs.
 */
class ProbeSitesObjdumpIT {
  private static final Pattern LINE =
      Pattern.compile("^\\s*([0-9a-f]+):\\s+(?:[0-9a-f]{2} )+\\s*(\\S+)\\s*(.*)$");

  static List<GoServices.Variant> variants() {
    return GoServices.variants();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void objdumpAgreesOnJbeAndRetAddresses(GoServices.Variant v) throws Exception {
    GoBinaryAnalysis a = GoBinaryAnalyzer.analyze(v.binary());
    for (ProbeSites s : a.functions().values()) {
      long delta = s.entryFileOffset() - s.entryAddress();
      List<String[]> insns = objdump(v, s.entryAddress(), s.entryAddress() + s.size());
      List<Long> rets = new ArrayList<>();
      Long jbe = null;
      for (int i = 0; i < insns.size(); i++) {
        String[] in = insns.get(i);
        long addr = Long.parseLong(in[0], 16);
        if (in[1].startsWith("ret")) {
          rets.add(addr + delta);
        }
        if (jbe == null
            && in[1].equals("jbe")
            && i > 0
            && insns.get(i - 1)[1].startsWith("cmp")
            && insns.get(i - 1)[2].contains("0x10(%r14)")) {
          jbe = addr + delta;
        }
      }
      assertThat(rets).as(v + " " + s.symbol() + " RETs").isEqualTo(s.retFileOffsets());
      assertThat(jbe).as(v + " " + s.symbol() + " JBE").isEqualTo(s.jbeFileOffset());
    }
  }

  private static List<String[]> objdump(GoServices.Variant v, long start, long stop)
      throws Exception {
    Process p;
    try {
      p =
          new ProcessBuilder(
                  "objdump",
                  "-d",
                  "-w",
                  "--start-address=0x" + Long.toHexString(start),
                  "--stop-address=0x" + Long.toHexString(stop),
                  v.binary().toString())
              .redirectErrorStream(true)
              .start();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("objdump is missing: apt-get install binutils", e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String[]> insns = new ArrayList<>();
    for (String line : out.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        insns.add(new String[] {m.group(1), m.group(2), m.group(3)});
      }
    }
    assertThat(insns).as("objdump output:\n" + out).isNotEmpty();
    return insns;
  }
}
