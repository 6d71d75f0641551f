package dev.pincheck.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Main's scenario against the real runtime (debug mode on, so a grace-period wait from inside
 * a read section would throw instead of hanging): the mirror stays coherent and the device's
 * self-free through mmuNotifierCallSrcu leaves nothing behind.
 */
@Timeout(60)
class MirrorScenarioTest {
  @Test
  void mainScenarioKeepsTheMirrorCoherentAndTearsDownCleanly() throws InterruptedException {
    MirrorScenario.Report report = MirrorScenario.run();

    assertEquals(List.of(), report.problems(), report.describe());
    assertEquals(MirrorScenario.PAGES, report.mirroredAfterFaults());
    assertTrue(report.mirrorFollowedChangePte());
    assertTrue(report.agedPageWasYoung());
    assertFalse(report.youngAfterAging());
    assertEquals(1, report.releases());
    assertEquals(1, report.devicesFreed());
    assertTrue(report.mmFreed());
  }

  /** The remap race is timing dependent: run it a few more times. */
  @RepeatedTest(5)
  void remapsRacingDeviceAccessesLeaveNoStaleTranslation() throws InterruptedException {
    MirrorScenario.Report report = MirrorScenario.run();

    assertEquals(0, report.staleTranslations(), report.describe());
    assertTrue(report.concurrentAccesses() > 0, report.describe());
  }

  @Test
  void mainPrintsTheReport() throws InterruptedException {
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(printed, true));
    try {
      Main.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertTrue(printed.toString().contains("\nOK"), printed.toString());
  }
}
