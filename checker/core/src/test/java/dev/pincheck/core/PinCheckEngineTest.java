package dev.pincheck.core;

import static dev.pincheck.core.BodyBuilder.GET_TASK_MM;
import static dev.pincheck.core.BodyBuilder.MMGET_NOT_ZERO;
import static dev.pincheck.core.BodyBuilder.MMPUT;
import static dev.pincheck.core.BodyBuilder.call;
import static dev.pincheck.core.BodyBuilder.line;
import static dev.pincheck.core.BodyBuilder.local;
import static dev.pincheck.core.BodyBuilder.param;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincheck.core.ir.Block;
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
