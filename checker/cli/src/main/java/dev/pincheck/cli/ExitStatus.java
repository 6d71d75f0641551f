package dev.pincheck.cli;

/** The exit statuses of {@code pincheck}: part of its interface, scripts and CI test them. */
public final class ExitStatus {
  /** Every file compiled and the checker found nothing. */
  public static final int CLEAN = 0;
  /** Every file compiled and the checker reported at least one finding (error or warning). */
  public static final int FINDINGS = 1;
  /**
   * Nothing trustworthy to report: a usage error, an I/O error, a file that does not compile,
   * or a method the checker failed on ({@code PinCheckInternalError}).
   */
  public static final int ERROR = 2;

  private ExitStatus() {}
}
