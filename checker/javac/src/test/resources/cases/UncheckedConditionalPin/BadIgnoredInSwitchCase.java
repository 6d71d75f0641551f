import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The ioctl case that needs the address space ignores whether it got it. */
class BadIgnoredInSwitchCase {
  static int ioctl(Mm mm, int cmd, long address) {
    switch (cmd) {
      case 1:
        // BUG: Diagnostic contains: UncheckedConditionalPin
        mmgetNotZero(mm);
        return pteYoung(mm, address) ? 1 : 0;
      default:
        return -25;
    }
  }
}
