package io.odigos.console.shell;

/**
 * The two looks of the console. One stylesheet holds both: the dark theme only redefines the
 * looked-up colours under {@code .root.dark}.
 */
public enum Theme {
  LIGHT,
  DARK;

  public static final String STYLESHEET = "/io/odigos/console/console.css";
  public static final String DARK_CLASS = "dark";

  public Theme other() {
    return this == LIGHT ? DARK : LIGHT;
  }
}
