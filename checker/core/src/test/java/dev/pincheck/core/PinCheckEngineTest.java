package dev.pincheck.core;

import static dev.pincheck.core.BodyBuilder.GET_TASK_MM;
import static dev.pincheck.core.BodyBuilder.MMGET_NOT_ZERO;
import static dev.pincheck.core.BodyBuilder.MMPUT;
import static dev.pincheck.core.BodyBuilder.call;
import static dev.pincheck.core.BodyBuilder.line;
import static dev.pincheck.core.BodyBuilder.local;
import static dev.pincheck.core.BodyBuilder.param;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Block;
import dev.pincheck.core.ir.Constant;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.Literal;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.Terminator;
import dev.pincheck.core.rules.CheckOptions;
import dev.pincheck.core.rules.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine on hand-built bodies: the core's rules hold without any front end. */
class PinCheckEngineTest {

  private static List<String> check(MethodBody body) {
    List<Finding> findings = new PinCheckEngine(CheckOptions.DEFAULTS)
        .check(new CompilationUnitModel("T.java", List.of(body), Map.of()));
    return findings.stream().map(f -> f.rule().diagnosticName() + "@" + f.pos().line()).toList();
  }

  @Test
  void pinNotDroppedOnTheNullCheckedPathLeaks() {
    BodyBuilder b = new BodyBuilder(1);
    Block notNull = b.block();
    b.entry.add(call(local("mm"), GET_TASK_MM, 2, param(0)))
        .add(new Instruction.NullTest(local("isNull"), local("mm"), true, line(3)))
        .setTerminator(new Terminator.Branch(local("isNull"), b.exit, notNull));
    notNull.setTerminator(new Terminator.Goto(b.exit));
    assertEquals(List.of("PinLeak@2"), check(b.build("leak")));
  }

  @Test
  void nullCheckThenPutIsSilent() {
    BodyBuilder b = new BodyBuilder(1);
    Block notNull = b.block();
    b.entry.add(call(local("mm"), GET_TASK_MM, 2, param(0)))
        .add(new Instruction.NullTest(local("isNull"), local("mm"), true, line(3)))
        .setTerminator(new Terminator.Branch(local("isNull"), b.exit, notNull));
    notNull.add(call(null, MMPUT, 4, local("mm"))).setTerminator(new Terminator.Goto(b.exit));
    assertEquals(List.of(), check(b.build("balanced")));
  }

  @Test
  void putAfterFailedConditionalPinUnderflows() {
    BodyBuilder b = new BodyBuilder(1);
    Block failed = b.block();
    b.entry.add(call(local("ok"), MMGET_NOT_ZERO, 2, param(0)))
        .add(new Instruction.Not(local("failed"), local("ok"), line(3)))
        .setTerminator(new Terminator.Branch(local("failed"), failed, b.exit));
    failed.add(call(null, MMPUT, 4, param(0))).setTerminator(new Terminator.Goto(b.exit));
    // the failed path drops a pin it never got; the success path keeps its pin
    assertEquals(List.of("PinLeak@2", "PinUnderflow@4"), check(b.build("f")));
  }

  /** {@code switch (mode) { case 1 -> mmput(mm); }} then {@code if (mode != constant) mmput(mm);}. */
  private static MethodBody putOnCaseOneThenOnNotEqual(String constant) {
    BodyBuilder b = new BodyBuilder(2);
    Block isOne = b.block();
    Block after = b.block();
    Block notEqual = b.block();
    AccessPath mode = param(1);
    b.entry.add(call(local("mm"), GET_TASK_MM, 2, param(0)))
        .add(new Instruction.PureOp(local("c1"), "Case", List.of(mode, new Constant("int:1")), line(3)))
        .setTerminator(new Terminator.Branch(local("c1"), isOne, after));
    isOne.add(call(null, MMPUT, 4, local("mm"))).setTerminator(new Terminator.Goto(after));
    after.add(new Instruction.PureOp(local("c2"), "NotEqual", List.of(mode, new Constant(constant)), line(5)))
        .setTerminator(new Terminator.Branch(local("c2"), notEqual, b.exit));
    notEqual.add(call(null, MMPUT, 6, local("mm"))).setTerminator(new Terminator.Goto(b.exit));
    return b.build("f");
  }

  @Test
  void sameConstantTestedTwiceIsOneTest() {
    assertEquals(List.of(), check(putOnCaseOneThenOnNotEqual("int:1")));
  }

  @Test
  void differentConstantsAreDifferentTests() {
    List<String> findings = check(putOnCaseOneThenOnNotEqual("int:2"));
    assertEquals(true, findings.contains("PinUnderflow@6"), findings.toString());
  }

  @Test
  void pinPerIterationDroppedInTheSameIterationIsSilent() {
    BodyBuilder b = new BodyBuilder(1);
    Block head = b.block();
    Block body = b.block();
    b.entry.setTerminator(new Terminator.Goto(head));
    head.setTerminator(new Terminator.Branch(Literal.UNKNOWN, body, b.exit));
    body.add(call(local("mm"), GET_TASK_MM, 3, param(0)))
        .add(call(null, MMPUT, 4, local("mm")))
        .setTerminator(new Terminator.Goto(head));
    assertEquals(List.of(), check(b.build("loop")));
  }

  @Test
  void singlePinDroppedInALoopUnderflows() {
    BodyBuilder b = new BodyBuilder(1);
    Block head = b.block();
    Block body = b.block();
    b.entry.add(call(local("mm"), GET_TASK_MM, 2, param(0)))
        .setTerminator(new Terminator.Goto(head));
    head.setTerminator(new Terminator.Branch(Literal.UNKNOWN, body, b.exit));
    body.add(call(null, MMPUT, 4, local("mm"))).setTerminator(new Terminator.Goto(head));
    List<String> findings = check(b.build("loop"));
    assertEquals(true, findings.contains("PinUnderflow@4"), findings.toString());
  }
}
