package dev.pincheck.javac.cfg;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import dev.pincheck.core.ir.AccessPath;
import dev.pincheck.core.ir.Constant;
import dev.pincheck.core.ir.Instruction;
import dev.pincheck.core.ir.Literal;
import dev.pincheck.core.ir.Operand;
import dev.pincheck.core.ir.SourcePos;
import dev.pincheck.core.ir.Variable;
import dev.pincheck.javac.JavacServices;
import dev.pincheck.javac.contracts.MethodNames;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import org.checkerframework.nullaway.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.nullaway.dataflow.cfg.node.ArrayAccessNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ArrayCreationNode;
import org.checkerframework.nullaway.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.nullaway.dataflow.cfg.node.BinaryOperationNode;
import org.checkerframework.nullaway.dataflow.cfg.node.BooleanLiteralNode;
import org.checkerframework.nullaway.dataflow.cfg.node.CaseNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ClassNameNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ConditionalAndNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ConditionalOrNode;
import org.checkerframework.nullaway.dataflow.cfg.node.EqualToNode;
import org.checkerframework.nullaway.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.nullaway.dataflow.cfg.node.FunctionalInterfaceNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ImplicitThisNode;
import org.checkerframework.nullaway.dataflow.cfg.node.InstanceOfNode;
import org.checkerframework.nullaway.dataflow.cfg.node.LambdaResultExpressionNode;
import org.checkerframework.nullaway.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.nullaway.dataflow.cfg.node.MarkerNode;
import org.checkerframework.nullaway.dataflow.cfg.node.MethodAccessNode;
import org.checkerframework.nullaway.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.nullaway.dataflow.cfg.node.NarrowingConversionNode;
import org.checkerframework.nullaway.dataflow.cfg.node.Node;
import org.checkerframework.nullaway.dataflow.cfg.node.NotEqualNode;
import org.checkerframework.nullaway.dataflow.cfg.node.NullChkNode;
import org.checkerframework.nullaway.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ValueLiteralNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ReturnNode;
import org.checkerframework.nullaway.dataflow.cfg.node.SuperNode;
import org.checkerframework.nullaway.dataflow.cfg.node.SwitchExpressionNode;
import org.checkerframework.nullaway.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.nullaway.dataflow.cfg.node.ThisNode;
import org.checkerframework.nullaway.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.nullaway.dataflow.cfg.node.UnaryOperationNode;
import org.checkerframework.nullaway.dataflow.cfg.node.WideningConversionNode;

/**
 * Lowers the nodes of one Checker Framework graph to core instructions, and names the value
 * of every node: an access path for memory the source names (locals, parameters, fields,
 * {@code this}, array elements as the pseudo-field {@code []}), a literal, or a temporary
 * the instruction computing it assigns. Values are computed lazily and memoized per node, so
 * the order in which blocks are lowered does not matter.
 */
final class NodeLowering {
  static final String ARRAY_ELEMENT = "[]";

  private final JavacServices services;
  private final BodyScope scope;
  private final Positions positions;
  private final FunctionValues functions;
  private final ControlFlowGraph cfg;
  private final Set<Tree> statementExpressions;
  private final String enclosingName;
  private final boolean returnsVoid;
  private final Map<Node, Operand> operands = new IdentityHashMap<>();
  private final Map<Node, AccessPath> literalPaths = new IdentityHashMap<>();
  private final Map<Node, AccessPath> createdObjects = new IdentityHashMap<>();
  private final Map<Node, FunctionValues.FunctionValue> createdFunctions = new IdentityHashMap<>();
  private final Set<Node> loweredOnEdges = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private int nextTemp;
  private SourcePos lastPos;

  NodeLowering(
      JavacServices services,
      BodyScope scope,
      Positions positions,
      FunctionValues functions,
      ControlFlowGraph cfg,
      Set<Tree> statementExpressions,
      String enclosingName,
      boolean returnsVoid,
      SourcePos bodyPos) {
    this.services = services;
    this.scope = scope;
    this.positions = positions;
    this.functions = functions;
    this.cfg = cfg;
    this.statementExpressions = statementExpressions;
    this.enclosingName = enclosingName;
    this.returnsVoid = returnsVoid;
    this.lastPos = bodyPos;
  }

  AccessPath newTemp() {
    return AccessPath.of(Variable.temp(nextTemp++));
  }

  /** Marks a node whose value the graph lowering assigns on incoming edges instead. */
  void lowerOnEdges(Node node) {
    loweredOnEdges.add(node);
  }

  /** The value of {@code node}. */
  Operand operandOf(Node node) {
    Operand known = operands.get(node);
    if (known == null) {
      known = compute(node);
      operands.put(node, known);
    }
    return known;
  }

  /** The value of {@code node} as memory: a literal gets a temporary nothing is known about. */
  AccessPath pathOf(Node node) {
    Operand operand = operandOf(node);
    if (operand instanceof AccessPath path) {
      return path;
    }
    return literalPaths.computeIfAbsent(node, n -> newTemp());
  }

  /** The position of {@code node}, or of the last node with one (synthetic nodes). */
  SourcePos pos(Node node) {
    int start = Positions.start(node.getTree());
    if (start > 0) {
      lastPos = positions.at(start);
    }
    return lastPos;
  }

  /**
   * Where the exception of an exception block's node is raised: the call or {@code throw}, or
   * for the rethrow of a finally block (a marker on the {@code try}) the block's closing brace.
   * Unlike {@link #pos}, no fallback to an earlier node: the caller lowers blocks out of order.
   * Synthetic trees (boxing calls) have no position of their own.
   */
  SourcePos raisedAt(Node node) {
    int start = node instanceof MarkerNode && node.getTree() instanceof JCTree.JCTry statement
        && statement.finalizer != null
        ? TreeInfo.endPos(statement.finalizer)
        : Positions.start(node.getTree());
    return start > 0 ? positions.at(start) : SourcePos.UNKNOWN;
  }

  private Operand compute(Node node) {
    if (node instanceof LocalVariableNode local) {
      return local.getElement() instanceof VarSymbol symbol ? scope.variable(symbol) : Literal.UNKNOWN;
    }
    if (node instanceof FieldAccessNode field) {
      return field(field);
    }
    if (node instanceof ThisNode self) {
      return scope.receiverOf(((com.sun.tools.javac.code.Type) self.getType()).tsym);
    }
    if (node instanceof SuperNode) {
      return AccessPath.of(Variable.receiver());
    }
    if (node instanceof ArrayAccessNode access) {
      return pathOf(access.getArray()).field(ARRAY_ELEMENT);
    }
    if (node instanceof AssignmentNode assignment) {
      return operandOf(assignment.getTarget());
    }
    if (node instanceof TypeCastNode cast) {
      return operandOf(cast.getOperand());
    }
    if (node instanceof WideningConversionNode widening) {
      return operandOf(widening.getOperand());
    }
    if (node instanceof NarrowingConversionNode narrowing) {
      return operandOf(narrowing.getOperand());
    }
    if (node instanceof NullChkNode check) {
      return operandOf(check.getOperand());
    }
    if (node instanceof TernaryExpressionNode ternary) {
      return ternary.getTernaryExpressionVar() == null
          ? Literal.UNKNOWN
          : operandOf(ternary.getTernaryExpressionVar());
    }
    if (node instanceof SwitchExpressionNode switchExpression) {
      return switchExpression.getSwitchExpressionVar() == null
          ? Literal.UNKNOWN
          : operandOf(switchExpression.getSwitchExpressionVar());
    }
    if (node instanceof BooleanLiteralNode literal) {
      return literal.getValue() ? Literal.TRUE : Literal.FALSE;
    }
    if (node instanceof NullLiteralNode) {
      return Literal.NULL;
    }
    if (node instanceof ValueLiteralNode literal) {
      return new Constant(literal.getType() + ":" + literal.getValue());
    }
    if (node instanceof MethodInvocationNode invocation) {
      return invocation.getType().getKind() == TypeKind.VOID ? Literal.UNKNOWN : newTemp();
    }
    if (node instanceof ObjectCreationNode creation) {
      return createdFunction(creation) != null ? newTemp() : createdObject(creation);
    }
    if (node instanceof BinaryOperationNode
        || node instanceof UnaryOperationNode
        || node instanceof InstanceOfNode
        || node instanceof CaseNode
        || node instanceof FunctionalInterfaceNode
        || node instanceof ArrayCreationNode) {
      return newTemp();
    }
    return Literal.UNKNOWN;
  }

  private Operand field(FieldAccessNode field) {
    String name = field.getFieldName();
    Node receiver = field.getReceiver();
    if (name.equals("this") && receiver instanceof ClassNameNode outer) {
      return scope.receiverOf((Symbol) outer.getElement());
    }
    if (name.equals("class") || name.equals("super")) {
      return name.equals("super") ? AccessPath.of(Variable.receiver()) : Literal.UNKNOWN;
    }
    Element element = field.getElement();
    if (field.isStatic()) {
      ClassSymbol owner = element == null ? null : MethodNames.ownerClass((Symbol) element);
      return AccessPath.of(Variable.statics(MethodNames.binaryName(owner))).field(name);
    }
    AccessPath base =
        receiver instanceof ImplicitThisNode && element != null
            ? scope.receiverOf(((Symbol) element).owner)
            : pathOf(receiver);
    ClassSymbol declaring = element == null ? null : MethodNames.ownerClass((Symbol) element);
    return base.field(declaring == null ? name : AccessPath.fieldName(MethodNames.binaryName(declaring), name));
  }

  /** Appends the instructions of {@code node}; {@code after} takes those that must follow a call. */
  void lower(Node node, List<Instruction> out, List<Instruction> after) {
    if (node instanceof AssignmentNode assignment) {
      if (operandOf(assignment.getTarget()) instanceof AccessPath target) {
        out.add(new Instruction.Assign(target, operandOf(assignment.getExpression()), pos(node)));
      }
    } else if (node instanceof MethodInvocationNode invocation) {
      out.add(invoke(invocation));
    } else if (node instanceof ObjectCreationNode creation) {
      create(creation, out, after);
    } else if (node instanceof EqualToNode || node instanceof NotEqualNode) {
      out.add(comparison((BinaryOperationNode) node));
    } else if (node instanceof ConditionalNotNode not) {
      out.add(new Instruction.Not(result(node), operandOf(not.getOperand()), pos(node)));
    } else if (node instanceof ConditionalAndNode || node instanceof ConditionalOrNode) {
      if (!loweredOnEdges.contains(node)) {
        BinaryOperationNode op = (BinaryOperationNode) node;
        out.add(pureOp(node, List.of(operandOf(op.getLeftOperand()), operandOf(op.getRightOperand()))));
      }
    } else if (node instanceof BinaryOperationNode op) {
      out.add(pureOp(node, List.of(operandOf(op.getLeftOperand()), operandOf(op.getRightOperand()))));
    } else if (node instanceof UnaryOperationNode op) {
      out.add(pureOp(node, List.of(operandOf(op.getOperand()))));
    } else if (node instanceof InstanceOfNode test) {
      instanceOf(test, out);
    } else if (node instanceof CaseNode caseNode) {
      out.add(caseTest(caseNode));
    } else if (node instanceof FunctionalInterfaceNode function) {
      makeFunction(function, out);
    } else if (node instanceof ArrayCreationNode array) {
      AccessPath created = result(node);
      out.add(new Instruction.Assign(created, Literal.UNKNOWN, pos(node)));
      for (Node initializer : array.getInitializers()) {
        out.add(new Instruction.Assign(
            created.field(ARRAY_ELEMENT), operandOf(initializer), pos(initializer)));
      }
    } else if (node instanceof ReturnNode ret) {
      Operand value = ret.getResult() == null ? null : operandOf(ret.getResult());
      out.add(new Instruction.Return(value, pos(node)));
    } else if (node instanceof LambdaResultExpressionNode result) {
      Operand value = returnsVoid || result.getResult() == null ? null : operandOf(result.getResult());
      out.add(new Instruction.Return(value, pos(node)));
    } else {
      pos(node);
    }
  }

  private AccessPath result(Node node) {
    return (AccessPath) operandOf(node);
  }

  private Instruction.Invoke invoke(MethodInvocationNode invocation) {
    MethodAccessNode access = invocation.getTarget();
    SourcePos pos = pos(invocation);
    MethodSymbol method = (MethodSymbol) access.getMethod();
    Operand receiver = null;
    if (!method.isStatic()) {
      Node target = access.getReceiver();
      if (target instanceof ImplicitThisNode || target instanceof ClassNameNode) {
        receiver = scope.receiverOf(method.owner);
      } else {
        receiver = operandOf(target);
      }
    }
    MethodInvocationTree tree = invocation.getTree();
    List<? extends Tree> argumentTrees = tree == null ? List.of() : tree.getArguments();
    Operand value = operandOf(invocation);
    return new Instruction.Invoke(
        value instanceof AccessPath path ? path : null,
        services.callTargets().of(method),
        receiver,
        arguments(invocation.getArguments()),
        argumentPositions(invocation.getArguments().size(), argumentTrees, pos),
        tree == null || !statementExpressions.contains(tree),
        pos);
  }

  private void create(ObjectCreationNode creation, List<Instruction> out, List<Instruction> after) {
    SourcePos pos = pos(creation);
    NewClassTree tree = creation.getTree();
    AccessPath object = createdObject(creation);
    Symbol constructor = ((JCTree.JCNewClass) tree).constructor;
    if (constructor instanceof MethodSymbol method) {
      out.add(new Instruction.Invoke(
          object,
          services.callTargets().of(method),
          null,
          arguments(creation.getArguments()),
          argumentPositions(creation.getArguments().size(), tree.getArguments(), pos),
          !statementExpressions.contains(tree),
          pos));
    } else {
      out.add(new Instruction.Assign(object, Literal.UNKNOWN, pos));
    }
    FunctionValues.FunctionValue function = createdFunction(creation);
    if (function != null) {
      after.add(new Instruction.MakeFunction(
          result(creation), function.ref(), captured(function.capturedLocals()), pos));
    }
  }

  private AccessPath createdObject(ObjectCreationNode creation) {
    return createdObjects.computeIfAbsent(creation, n -> newTemp());
  }

  private FunctionValues.FunctionValue createdFunction(ObjectCreationNode creation) {
    if (createdFunctions.containsKey(creation)) {
      return createdFunctions.get(creation);
    }
    JCTree.JCNewClass tree = (JCTree.JCNewClass) creation.getTree();
    FunctionValues.FunctionValue function = null;
    if (tree.type != null && tree.type.tsym instanceof ClassSymbol type) {
      JCTree.JCClassDecl body = tree.def != null ? tree.def : functions.localClassTree(type);
      function = functions.classInstance(type, body);
    }
    createdFunctions.put(creation, function);
    return function;
  }

  private void makeFunction(FunctionalInterfaceNode node, List<Instruction> out) {
    Tree tree = node.getTree();
    SourcePos pos = pos(node);
    if (tree instanceof JCTree.JCLambda lambda) {
      FunctionValues.FunctionValue function =
          functions.lambda(lambda, scope.bodyClass(), enclosingName);
      out.add(new Instruction.MakeFunction(
          result(node), function.ref(), captured(function.capturedLocals()), pos));
    } else if (tree instanceof JCTree.JCMemberReference reference) {
      FunctionValues.FunctionValue function = functions.memberReference(reference);
      List<Operand> captured = new ArrayList<>();
      if (reference.kind == JCTree.JCMemberReference.ReferenceKind.BOUND
          || reference.kind == JCTree.JCMemberReference.ReferenceKind.SUPER) {
        Set<Node> qualifier = cfg.getNodesCorrespondingToTree(reference.expr);
        if (qualifier != null && !qualifier.isEmpty()) {
          captured.add(operandOf(qualifier.iterator().next()));
        }
      }
      out.add(new Instruction.MakeFunction(result(node), function.ref(), captured, pos));
    } else {
      out.add(new Instruction.Assign(result(node), Literal.UNKNOWN, pos));
    }
  }

  private List<Operand> captured(List<VarSymbol> locals) {
    List<Operand> captured = new ArrayList<>(locals.size());
    for (VarSymbol local : locals) {
      captured.add(scope.variable(local));
    }
    return captured;
  }

  private Instruction comparison(BinaryOperationNode node) {
    boolean isNull = node instanceof EqualToNode;
    Node left = node.getLeftOperand();
    Node right = node.getRightOperand();
    if (right instanceof NullLiteralNode && !(left instanceof NullLiteralNode)) {
      return new Instruction.NullTest(result(node), operandOf(left), isNull, pos(node));
    }
    if (left instanceof NullLiteralNode && !(right instanceof NullLiteralNode)) {
      return new Instruction.NullTest(result(node), operandOf(right), isNull, pos(node));
    }
    return pureOp(node, List.of(operandOf(left), operandOf(right)));
  }

  private void instanceOf(InstanceOfNode test, List<Instruction> out) {
    Operand tested = operandOf(test.getOperand());
    SourcePos pos = pos(test);
    out.add(new Instruction.PureOp(
        result(test), "InstanceOf " + test.getRefType(), List.of(tested), pos));
    List<LocalVariableNode> bindings = test.getBindingVariables();
    if (bindings != null) {
      for (LocalVariableNode binding : bindings) {
        if (operandOf(binding) instanceof AccessPath path) {
          out.add(new Instruction.Assign(path, tested, pos));
        }
      }
    }
  }

  private Instruction caseTest(CaseNode node) {
    List<Operand> values = new ArrayList<>();
    values.add(operandOf(node.getSwitchOperand()));
    for (Node operand : node.getCaseOperands()) {
      values.add(operandOf(operand));
    }
    if (node.getGuard() != null) {
      values.add(operandOf(node.getGuard()));
    }
    return new Instruction.PureOp(result(node), "Case", values, pos(node));
  }

  private Instruction pureOp(Node node, List<Operand> values) {
    String name = node.getClass().getSimpleName();
    String op = name.endsWith("Node") ? name.substring(0, name.length() - 4) : name;
    return new Instruction.PureOp(result(node), op, values, pos(node));
  }

  private List<Operand> arguments(List<Node> nodes) {
    List<Operand> args = new ArrayList<>(nodes.size());
    for (Node node : nodes) {
      args.add(operandOf(node));
    }
    return args;
  }

  private List<SourcePos> argumentPositions(int count, List<? extends Tree> trees, SourcePos fallback) {
    List<SourcePos> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      result.add(i < trees.size() ? positions.of(trees.get(i)) : fallback);
    }
    return result;
  }
}
