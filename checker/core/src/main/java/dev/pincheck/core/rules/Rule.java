package dev.pincheck.core.rules;

/**
 * Every diagnostic pincheck reports. The names are part of the interface: users suppress
 * them with {@code @SuppressWarnings("Name")} and set their severity with {@code Name:level}.
 */
public enum Rule {
  PIN_LEAK("PinLeak", Severity.ERROR),
  PIN_UNDERFLOW("PinUnderflow", Severity.ERROR),
  PIN_KIND_MISMATCH("PinKindMismatch", Severity.ERROR),
  UNCHECKED_CONDITIONAL_PIN("UncheckedConditionalPin", Severity.ERROR),
  LONG_TERM_USERS_PIN("LongTermUsersPin", Severity.WARNING),
  USE_AFTER_RELEASE("UseAfterRelease", Severity.ERROR),
  CONTRACT_VIOLATION("ContractViolation", Severity.ERROR),
  BLOCKING_IN_SRCU_READ_SECTION("BlockingInSrcuReadSection", Severity.ERROR),
  SRCU_SELF_DEADLOCK("SrcuSelfDeadlock", Severity.ERROR),
  SRCU_READ_SECTION_LEAK("SrcuReadSectionLeak", Severity.ERROR),
  SRCU_UNLOCK_MISMATCH("SrcuUnlockMismatch", Severity.ERROR),
  CALLBACK_SELF_UNREGISTER("CallbackSelfUnregister", Severity.ERROR),
  TEARDOWN_WITHOUT_GRACE_PERIOD("TeardownWithoutGracePeriod", Severity.ERROR),
  BLOCKING_IN_SRCU_CALLBACK("BlockingInSrcuCallback", Severity.ERROR),
  LAST_PUT_IN_NOTIFIER_CALLBACK("LastPutInNotifierCallback", Severity.ERROR),
  MMAP_LOCK_MISUSE("MmapLockMisuse", Severity.ERROR),
  REGISTER_WITHOUT_USERS_PIN("RegisterWithoutUsersPin", Severity.ERROR),
  /** Not a finding about user code: the checker failed on a method and skipped it. */
  INTERNAL_ERROR("PinCheckInternalError", Severity.WARNING);

  private final String diagnosticName;
  private final Severity defaultSeverity;

  Rule(String diagnosticName, Severity defaultSeverity) {
    this.diagnosticName = diagnosticName;
    this.defaultSeverity = defaultSeverity;
  }

  public String diagnosticName() {
    return diagnosticName;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Where the rule is documented, for messages and SARIF. */
  public String docAnchor() {
    return "docs/rules.md#" + diagnosticName.toLowerCase(java.util.Locale.ROOT);
  }

  /** The rule with that diagnostic name, or null. */
  public static Rule byName(String name) {
    for (Rule rule : values()) {
      if (rule.diagnosticName.equals(name)) {
        return rule;
      }
    }
    return null;
  }
}
