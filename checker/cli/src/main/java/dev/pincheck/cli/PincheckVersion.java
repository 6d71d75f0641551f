package dev.pincheck.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest; "development build" when run from classes. */
final class PincheckVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = PincheckVersion.class.getPackage().getImplementationVersion();
    return new String[] {
      "pincheck " + (version == null ? "(development build)" : version),
      "Java " + Runtime.version()
    };
  }
}
