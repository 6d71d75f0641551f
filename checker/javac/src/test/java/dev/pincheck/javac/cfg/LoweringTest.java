package dev.pincheck.javac.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincheck.core.CompilationUnitModel;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Block;
import dev.pincheck.core.ir.Constant;
import dev.pincheck.core.ir.ExceptionEdge;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.Literal;
import dev.pincheck.core.ir.MethodBody;
import dev.pincheck.core.ir.Operand;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.ir.Terminator;
import dev.pincheck.core.ir.Variable;
import dev.pincheck.javac.plugin.PluginHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Lowers small methods through javac and the CF graph and checks the shape of the IR. */
class LoweringTest {
  private static final String[] HEADER = {
    "import static dev.pincheck.runtime.Mm.*;",
    "import dev.pincheck.runtime.Mm;",
    "import dev.pincheck.runtime.Task;",
  };

  private static List<MethodBody> lower(String className, String... body) {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.addAll(List.of(body));
    List<CompilationUnitModel> models = new ArrayList<>();
    new PluginHarness().checker(unit -> {
      models.add(unit);
      return List.of();
    }).compile(PluginHarness.source(className, lines.toArray(String[]::new)));
    assertEquals(1, models.size(), "one unit checked");
    return models.get(0).bodies();
  }

  private static MethodBody body(List<MethodBody> bodies, String displayName) {
    return bodies.stream().filter(b -> b.displayName().equals(displayName)).findFirst()
        .orElseThrow(() -> new AssertionError(displayName + " not in "
            + bodies.stream().map(MethodBody::displayName).toList()));
  }

  private static <T extends Instruction> List<T> all(MethodBody body, Class<T> kind) {
    List<T> found = new ArrayList<>();
    for (Block block : body.blocks()) {
      for (Instruction instruction : block.instructions()) {
        if (kind.isInstance(instruction)) {
          found.add(kind.cast(instruction));
        }
      }
    }
    return found;
  }

  private static Instruction.Invoke call(MethodBody body, String simpleName) {
    return all(body, Instruction.Invoke.class).stream()
        .filter(i -> i.target().simpleName().equals(simpleName)).findFirst()
        .orElseThrow(() -> new AssertionError(simpleName + " not called in\n" + IrPrinter.print(body)));
  }

  private static Block blockWith(MethodBody body, Predicate<Instruction> test) {
    return body.blocks().stream().filter(b -> b.instructions().stream().anyMatch(test)).findFirst()
        .orElseThrow(() -> new AssertionError(IrPrinter.print(body)));
  }

  @Test
  void nullCheckBecomesNullTestAndBranchOnIt() {
    MethodBody body = body(lower("NullCheck",
        "class NullCheck {",
        "  static void f(Task t) {",
        "    Mm mm = getTaskMm(t);",
        "    if (mm == null) return;",
        "    mmput(mm);",
        "  }",
        "}"), "NullCheck.f");
    Instruction.NullTest test = all(body, Instruction.NullTest.class).get(0);
    assertTrue(test.isNull());
    assertEquals(Variable.Kind.LOCAL, ((AccessPath) test.tested()).root().kind());
    assertTrue(((AccessPath) test.tested()).root().name().startsWith("mm@"));
    Block block = blockWith(body, i -> i == test);
    Terminator.Branch branch = (Terminator.Branch) block.terminator();
    assertEquals(test.result(), branch.condition());
    Instruction.Invoke get = call(body, "getTaskMm");
    assertEquals("dev.pincheck.runtime.Mm#getTaskMm(dev.pincheck.runtime.Task)", get.target().key().id());
    assertEquals("Mm.getTaskMm", get.target().displayName());
    assertFalse(get.target().declared().returnPins().isEmpty(), "@Pins read from the runtime's class file");
    assertEquals(List.of(AccessPath.of(Variable.param(0))), get.args());
  }

  @Test
  void expressionStatementCallDropsItsResult() {
    MethodBody body = body(lower("Dropped",
        "class Dropped {",
        "  static boolean f(Mm a, Mm b) {",
        "    mmgetNotZero(a);",
        "    boolean ok = mmgetNotZero(b);",
        "    return ok;",
        "  }",
        "}"), "Dropped.f");
    List<Instruction.Invoke> calls = all(body, Instruction.Invoke.class);
    assertEquals(2, calls.size());
    assertFalse(calls.get(0).resultUsed());
    assertTrue(calls.get(1).resultUsed());
    assertNotNull(calls.get(1).result());
    assertTrue(body.returnsBoolean());
  }

  @Test
  void lambdaIsItsOwnBodyReadingCapturedVariables() {
    List<MethodBody> bodies = lower("Deferred",
        "class Deferred {",
        "  static Runnable f(Task t) {",
        "    Mm mm = getTaskMm(t);",
        "    return () -> mmput(mm);",
        "  }",
        "}");
    MethodBody outer = body(bodies, "Deferred.f");
    MethodBody lambda = bodies.stream().filter(b -> b.key().id().contains("#lambda@")).findFirst().orElseThrow();
    Instruction.MakeFunction make = all(outer, Instruction.MakeFunction.class).get(0);
    assertEquals(lambda.key(), make.function().implementations().get(0).key());
    AccessPath local = (AccessPath) make.captured().get(0);
    assertEquals(Variable.Kind.LOCAL, local.root().kind());
    Instruction.Invoke put = call(lambda, "mmput");
    AccessPath captured = (AccessPath) put.args().get(0);
    assertEquals(Variable.captured(local.root().name()), captured.root(), "same unique name inside and out");
    assertFalse(put.resultUsed());
    assertTrue(all(lambda, Instruction.Return.class).stream().allMatch(r -> r.value() == null));
  }

  @Test
  void exceptionEdgesSayWhetherCheckedThrownOrUnchecked() {
    MethodBody body = body(lower("Throws",
        "class Throws {",
        "  static void io(Mm mm) throws java.io.IOException {}",
        "  static void f(Mm mm, boolean fail) throws java.io.IOException {",
        "    mmget(mm);",
        "    io(mm);",
        "    if (fail) throw new IllegalStateException();",
        "    mmput(mm);",
        "  }",
        "}"), "Throws.f");
    Block io = blockWith(body, i -> i instanceof Instruction.Invoke c && c.target().simpleName().equals("io"));
    Instruction last = io.instructions().get(io.instructions().size() - 1);
    assertTrue(last instanceof Instruction.Invoke, "the call is last in the block its edges leave");
    assertTrue(io.exceptionEdges().stream().anyMatch(
        e -> e.kind() == ExceptionEdge.Kind.CHECKED && e.exceptionType().equals("java.io.IOException")
            && e.target() == body.exceptionalExit()));
    assertTrue(io.exceptionEdges().stream().anyMatch(e -> e.kind() == ExceptionEdge.Kind.UNCHECKED));
    assertTrue(body.blocks().stream().flatMap(b -> b.exceptionEdges().stream())
        .anyMatch(e -> e.kind() == ExceptionEdge.Kind.THROW
            && e.exceptionType().equals("java.lang.IllegalStateException")));
  }

  @Test
  void exceptionEdgesCarryWhereTheExceptionIsRaised() {
    MethodBody body = body(lower("Raises",
        "class Raises {",
        "  static void io(Mm mm) throws java.io.IOException {}",
        "  static void f(Mm mm, boolean fail) throws java.io.IOException {",
        "    try {",
        "      io(mm);",
        "      Object boxed = 'x';",
        "      if (fail) {",
        "        throw new IllegalStateException();",
        "      }",
        "    } finally {",
        "      mmput(mm);",
        "    }",
        "  }",
        "}"), "Raises.f");
    List<ExceptionEdge> edges = body.blocks().stream().flatMap(b -> b.exceptionEdges().stream()).toList();
    String ir = IrPrinter.print(body);
    // lines count from 1 at the header's first import: the class starts at line 4
    assertTrue(edges.stream().anyMatch(e -> e.kind() == ExceptionEdge.Kind.THROW
        && e.exceptionType().equals("java.lang.IllegalStateException") && e.raisedAt().line() == 11), ir);
    assertTrue(edges.stream().anyMatch(e -> e.kind() == ExceptionEdge.Kind.CHECKED
        && e.raisedAt().line() == 8), ir);
    assertTrue(edges.stream().anyMatch(e -> e.kind() == ExceptionEdge.Kind.THROW
        && e.exceptionType().equals("java.lang.Throwable") && e.raisedAt().line() == 15),
        "the finally block rethrows at its closing brace\n" + ir);
    assertTrue(edges.stream().allMatch(e -> e.raisedAt().equals(SourcePos.UNKNOWN) || e.raisedAt().line() >= 7),
        "the boxing of 'x' has no position of its own\n" + ir);
  }

  @Test
  void constantsAreNamedByTypeAndValue() {
    MethodBody body = body(lower("Modes",
        "class Modes {",
        "  static void use(String s) {}",
        "  static void use(char c) {}",
        "  static void use(long l) {}",
        "  static void use(double d) {}",
        "  static void f(Mm mm, int mode) {",
        "    switch (mode) { case 1 -> mmput(mm); default -> {} }",
        "    if (mode != 1) mmput(mm);",
        "    use(\"a:b\"); use('x'); use(2L); use(1.5);",
        "  }",
        "}"), "Modes.f");
    String ir = IrPrinter.print(body);
    List<Instruction.PureOp> tests = all(body, Instruction.PureOp.class);
    assertEquals(new Constant("int:1"), tests.get(0).operands().get(1), ir);
    assertEquals(new Constant("int:1"), tests.get(1).operands().get(1), ir);
    List<Operand> used = all(body, Instruction.Invoke.class).stream()
        .filter(i -> i.target().simpleName().equals("use")).map(i -> i.args().get(0)).toList();
    assertEquals(List.of(new Constant("java.lang.String:a:b"), new Constant("char:x"),
        new Constant("long:2"), new Constant("double:1.5")), used, ir);
  }

  @Test
  void shortCircuitResultIsAssignedOnEachEdge() {
    MethodBody body = body(lower("Both",
        "class Both {",
        "  static void f(Mm mm) {",
        "    if (mm != null && mmgetNotZero(mm)) {",
        "      mmput(mm);",
        "    }",
        "  }",
        "}"), "Both.f");
    List<Instruction.Assign> assigns = all(body, Instruction.Assign.class);
    Instruction.Invoke tryPin = call(body, "mmgetNotZero");
    assertTrue(assigns.stream().anyMatch(a -> a.value() == Literal.FALSE), IrPrinter.print(body));
    Instruction.Assign fromCall = assigns.stream().filter(a -> a.value().equals(tryPin.result()))
        .findFirst().orElseThrow(() -> new AssertionError(IrPrinter.print(body)));
    assertTrue(body.blocks().stream().anyMatch(b -> b.terminator() instanceof Terminator.Branch br
        && br.condition().equals(fromCall.target())));
  }

  @Test
  void fieldsOfOuterInstancesAndStaticFieldsAreAccessPaths() {
    List<MethodBody> bodies = lower("Outer",
        "class Outer {",
        "  Mm mm;",
        "  static Mm shared;",
        "  class Inner {",
        "    void f() { mmput(mm); mmput(Outer.this.mm); mmput(shared); }",
        "  }",
        "}");
    List<Instruction.Invoke> puts = all(body(bodies, "Outer$Inner.f"), Instruction.Invoke.class);
    AccessPath outerField = AccessPath.of(Variable.receiver()).field("this$0")
        .field(AccessPath.fieldName("Outer", "mm"));
    assertEquals(outerField, puts.get(0).args().get(0));
    assertEquals(outerField, puts.get(1).args().get(0));
    assertEquals(AccessPath.of(Variable.statics("Outer")).field("shared"), puts.get(2).args().get(0));
  }

  @Test
  void anonymousFunctionObjectIsAFunctionValue() {
    List<MethodBody> bodies = lower("Anon",
        "class Anon {",
        "  static Runnable f(Mm mm) {",
        "    mmgrab(mm);",
        "    return new Runnable() { public void run() { mmdrop(mm); } };",
        "  }",
        "}");
    Instruction.MakeFunction make = all(body(bodies, "Anon.f"), Instruction.MakeFunction.class).get(0);
    assertEquals("Anon$1#run()", make.function().implementations().get(0).key().id());
    assertEquals(List.of(AccessPath.of(Variable.param(0))), make.captured());
    MethodBody run = body(bodies, "Anon$1.run");
    assertEquals(Variable.Kind.CAPTURED, ((AccessPath) call(run, "mmdrop").args().get(0)).root().kind());
  }

  @Test
  void codeWithoutContractsIsNotLowered() {
    List<MethodBody> bodies = lower("Plain",
        "class Plain {",
        "  static int add(int a, int b) { return a + b; }",
        "  static void pin(Mm mm) { mmget(mm); done(mm); }",
        "  static void done(Mm mm) { mmput(mm); }",
        "}");
    assertEquals(List.of("Plain.pin", "Plain.done"), bodies.stream().map(MethodBody::displayName).toList());
  }
}
