import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.Map;

class BadParameterDomainEarlyReturn {
  static String lookup(Srcu domain, Map<String, String> table, String key) {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = srcuReadLock(domain);
    String v = table.get(key);
    if (v == null) {
      return "";
    }
    srcuReadUnlock(domain, idx);
    return v;
  }
}
