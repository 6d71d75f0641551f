import dev.pincheck.annotations.InReadSection;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Near miss of BadSleepInNamedDomainListener: the listener queues, a worker sleeps. */
class OkNamedDomainListenerNonBlocking {
  abstract static class DeviceListener {
    @InReadSection("devices")
    abstract void onChange(String device);
  }

  static final class QueueingListener extends DeviceListener {
    final ConcurrentLinkedQueue<String> changed = new ConcurrentLinkedQueue<>();

    @Override
    void onChange(String device) {
      changed.add(device);
    }

    void drain() throws InterruptedException {
      while (changed.poll() != null) {
        Thread.sleep(1);
      }
    }
  }
}
