package dev.pincheck.samples;

/**
 * Runs {@link MirrorScenario} against the real runtime and prints what happened; exits 1 if the
 * mirror was ever incoherent or the teardown left anything behind.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    MirrorScenario.Report report = MirrorScenario.run();
    System.out.println(report.describe());
    if (!report.problems().isEmpty()) {
      System.exit(1);
    }
  }
}
