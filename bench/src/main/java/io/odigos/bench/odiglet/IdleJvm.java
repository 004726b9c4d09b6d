package io.odigos.bench.odiglet;

/** The RSS baseline: a JVM with the same flags that does nothing but wait. */
public final class IdleJvm {
  private IdleJvm() {}

  public static void main(String[] args) throws InterruptedException {
    Thread.sleep(Long.MAX_VALUE);
  }
}
