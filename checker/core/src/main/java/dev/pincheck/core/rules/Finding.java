package dev.pincheck.core.rules;

import dev.pincheck.core.ir.SourcePos;

/**
 * One diagnostic: the rule, where the host should place it, the full message (rule name,
 * what is wrong in kernel terms, the path, the fix), its severity after options, and the
 * method it was found in.
 */
public record Finding(Rule rule, Severity severity, SourcePos pos, String message, String method) {}
