package dev.pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Command-line options become the plugin's words, and only words the plugin accepts. */
class PluginOptionsTest {
  @Test
  void severitiesAndStrictExceptionsBecomePluginWords() {
    List<String> words = PluginOptions.words(
        List.of("PinLeak=warning", "LongTermUsersPin:off", "SrcuSelfDeadlock=ERROR",
            "PinUnderflow=warn"), true);

    assertEquals(
        List.of("PinLeak:warning", "LongTermUsersPin:off", "SrcuSelfDeadlock:error",
            "PinUnderflow:warning", "-strictExceptions"),
        words);
    assertEquals(
        "-Xplugin:PinCheck PinLeak:warning LongTermUsersPin:off SrcuSelfDeadlock:error"
            + " PinUnderflow:warning -strictExceptions",
        PluginOptions.xplugin(words));
  }

  @Test
  void noOptionsLoadThePluginBare() {
    assertEquals("-Xplugin:PinCheck", PluginOptions.xplugin(PluginOptions.words(List.of(), false)));
  }

  @Test
  void internalErrorsCanBeSilencedOrMadeErrors() {
    assertEquals(List.of("PinCheckInternalError:off"),
        PluginOptions.words(List.of("PinCheckInternalError=off"), false));
  }

  @Test
  void badValuesAreRejectedWithTheOptionNamed() {
    for (String bad : List.of("PinLeak", "=off", "PinLeak=", "NoSuchRule=off", "PinLeak=loud")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> PluginOptions.words(List.of(bad), false), bad);
      assertTrue(e.getMessage().startsWith("--severity"), e.getMessage());
    }
  }
}
