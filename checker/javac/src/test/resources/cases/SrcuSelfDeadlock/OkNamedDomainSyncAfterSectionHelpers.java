import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.annotations.Blocking;
import dev.pincheck.annotations.ReadIndex;
import dev.pincheck.annotations.ReadLock;
import dev.pincheck.annotations.ReadUnlock;
import dev.pincheck.annotations.WaitsForReaders;
import dev.pincheck.runtime.Srcu;

/** Named-domain helpers: the wait comes after the section they delimit is left. */
class OkNamedDomainSyncAfterSectionHelpers {
  static final Srcu DEVICES = new Srcu("devices");
  static volatile String current = "";

  @ReadLock("devices")
  static int devicesEnter() {
    return srcuReadLock(DEVICES);
  }

  @ReadUnlock("devices")
  static void devicesExit(@ReadIndex int idx) {
    srcuReadUnlock(DEVICES, idx);
  }

  @Blocking
  @WaitsForReaders("devices")
  static void devicesSync() {
    synchronizeSrcu(DEVICES);
  }

  static void replace(String next) {
    int idx = devicesEnter();
    boolean changed = !current.equals(next);
    devicesExit(idx);
    if (changed) {
      current = next;
      devicesSync();
    }
  }
}
