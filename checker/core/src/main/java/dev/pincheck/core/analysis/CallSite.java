package dev.pincheck.core.analysis;

import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.SourcePos;
import java.util.List;

/**
 * One call being applied to one path: the instruction, the callee's effective contract and
 * summary, and the symbolic values of the receiver ({@code -1} for none) and arguments.
 */
record CallSite(
    PathState state,
    Instruction.Invoke invoke,
    Contract contract,
    Summary summary,
    int receiver,
    List<Integer> args,
    int site) {

  SourcePos pos() {
    return invoke.pos();
  }

  String callee() {
    return invoke.target().displayName();
  }

  int arg(int index) {
    return index < args.size() ? args.get(index) : -1;
  }
}
