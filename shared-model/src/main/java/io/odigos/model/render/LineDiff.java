package io.odigos.model.render;

import java.util.List;

/**
 * A small line diff (longest common subsequence) that prints only changed lines, with their line
 * numbers.
 */
public final class LineDiff {
  private LineDiff() {}

  public static String unified(List<String> before, List<String> after) {
    int n = before.size();
    int m = after.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            before.get(i).equals(after.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && before.get(i).equals(after.get(j))) {
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
        out.append(String.format("+%4d %s%n", j + 1, after.get(j++)));
      } else {
        out.append(String.format("-%4d %s%n", i + 1, before.get(i++)));
      }
    }
    return out.toString();
  }
}
