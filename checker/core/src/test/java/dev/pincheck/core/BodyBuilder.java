package dev.pincheck.core;

import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.contract.ParamContract;
import dev.pincheck.core.contract.PinKind;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Block;
import dev.pincheck.core.ir.CallTarget;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.MethodKey;
import dev.pincheck.core.ir.Operand;
import dev.pincheck.core.ir.Parameter;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.ir.Variable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Builds IR bodies by hand for engine tests that need no front end; lines are positions. */
final class BodyBuilder {
  static final CallTarget GET_TASK_MM = target("Mm.getTaskMm", Contract.builder().returnPins(Set.of(PinKind.USERS)).build());
  static final CallTarget MMPUT = target("Mm.mmput", Contract.builder().param(0, ParamContract.builder().releases(Set.of(PinKind.USERS)).build()).build());
  static final CallTarget MMGET_NOT_ZERO = target("Mm.mmgetNotZero",
      Contract.builder().param(0, ParamContract.builder().pinsIf(Set.of(PinKind.USERS), true).build()).build());

  private final List<Block> blocks = new ArrayList<>();
  private final int params;
  final Block entry;
  final Block exit;
  final Block exceptionalExit;

  BodyBuilder(int params) {
    this.params = params;
    entry = block();
    exit = block();
    exceptionalExit = block();
  }

  static CallTarget target(String name, Contract contract) {
    return new CallTarget(new MethodKey("dev.pincheck.runtime." + name + "()"), name, contract, List.of());
  }

  Block block() {
    Block block = new Block(blocks.size());
    blocks.add(block);
    return block;
  }

  static SourcePos line(int line) {
    return new SourcePos(line * 100, line, 1);
  }

  static AccessPath local(String name) {
    return AccessPath.of(Variable.local(name));
  }

  static AccessPath param(int index) {
    return AccessPath.of(Variable.param(index));
  }

  static Instruction call(AccessPath result, CallTarget target, int line, Operand... args) {
    List<SourcePos> positions = Collections.nCopies(args.length, line(line));
    return new Instruction.Invoke(result, target, null, List.of(args), positions, true, line(line));
  }

  MethodBody build(String name) {
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < params; i++) {
      parameters.add(new Parameter("p" + i, true));
    }
    return new MethodBody(new MethodKey("T#" + name + "()"), "T." + name, line(1), true, parameters,
        false, Contract.EMPTY, List.of(), entry, exit, exceptionalExit, blocks);
  }
}
