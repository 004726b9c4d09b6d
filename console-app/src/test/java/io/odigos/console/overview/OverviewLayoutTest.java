package io.odigos.console.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The topology's four columns fit the viewport of a default (1280 px) window. */
class OverviewLayoutTest {
  private static double width(double gap) {
    return 2 * OverviewView.MARGIN + 4 * OverviewView.BOX_W + 3 * gap;
  }

  @Test
  void theDefaultWindowShowsTheWholePipeline() {
    // 1280 px window minus the 235 px navigation, the view's padding and a scroll bar
    double viewport = 1280 - 235 - 2 * 12 - 14;
    double gap = OverviewView.columnGap(viewport);
    assertThat(width(gap)).isLessThanOrEqualTo(viewport);
    assertThat(gap).isGreaterThanOrEqualTo(OverviewView.MIN_COLUMN_GAP);
  }

  @Test
  void aWideWindowKeepsTheFullGapAndANarrowOneScrolls() {
    assertThat(OverviewView.columnGap(1900)).isEqualTo(OverviewView.COLUMN_GAP);
    double narrow = 700;
    assertThat(OverviewView.columnGap(narrow)).isEqualTo(OverviewView.MIN_COLUMN_GAP);
    assertThat(width(OverviewView.columnGap(narrow))).isGreaterThan(narrow);
  }
}
