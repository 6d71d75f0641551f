package dev.pincheck.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A notifier that logs every callback, as "name.callback(args)", to a log it may share. */
class RecordingNotifier extends MmuNotifier {
  final String name;
  final List<String> log;
  volatile boolean young;

  RecordingNotifier(String name) {
    this(name, Collections.synchronizedList(new ArrayList<>()));
  }

  RecordingNotifier(String name, List<String> log) {
    this.name = name;
    this.log = log;
  }

  private void record(String call) {
    log.add(name + "." + call);
  }

  long count(String callPrefix) {
    synchronized (log) {
      return log.stream().filter(c -> c.startsWith(name + "." + callPrefix)).count();
    }
  }

  @Override
  public void release(Mm mm) {
    record("release");
  }

  @Override
  public boolean clearFlushYoung(Mm mm, long start, long end) {
    record(String.format("clearFlushYoung(%x,%x)", start, end));
    return young;
  }

  @Override
  public boolean clearYoung(Mm mm, long start, long end) {
    record(String.format("clearYoung(%x,%x)", start, end));
    return young;
  }

  @Override
  public boolean testYoung(Mm mm, long address) {
    record(String.format("testYoung(%x)", address));
    return young;
  }

  @Override
  public void changePte(Mm mm, long address, long pte) {
    record(String.format("changePte(%x,%x)", address, pte));
  }

  @Override
  public void invalidatePage(Mm mm, long address) {
    record(String.format("invalidatePage(%x)", address));
  }

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    record(String.format("invalidateRangeStart(%x,%x)", start, end));
  }

  @Override
  public void invalidateRangeEnd(Mm mm, long start, long end) {
    record(String.format("invalidateRangeEnd(%x,%x)", start, end));
  }

  @Override
  public void invalidateRange(Mm mm, long start, long end) {
    record(String.format("invalidateRange(%x,%x)", start, end));
  }
}
