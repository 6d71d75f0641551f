import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The ioctl case tests mmget_not_zero on the device's mm before using the address space. */
class OkCheckedOnFieldInSwitch {
  private final Mm mm;

  OkCheckedOnFieldInSwitch(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  int ioctl(int cmd, long address) {
    switch (cmd) {
      case 1:
        if (!mmgetNotZero(mm)) {
          return -3;
        }
        int young = pteYoung(mm, address) ? 1 : 0;
        mmput(mm);
        return young;
      default:
        return -25;
    }
  }
}
