import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.Map;

/** Near miss of BadParameterDomainEarlyReturn. */
class OkParameterDomainTryFinally {
  static String lookup(Srcu domain, Map<String, String> table, String key) {
    int idx = srcuReadLock(domain);
    try {
      String v = table.get(key);
      if (v == null) {
        return "";
      }
      return v;
    } finally {
      srcuReadUnlock(domain, idx);
    }
  }
}
