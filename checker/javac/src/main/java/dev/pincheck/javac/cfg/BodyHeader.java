package dev.pincheck.javac.cfg;

import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.pincheck.core.contract.Contract;
import dev.pincheck.core.ir.MethodKey;
import dev.pincheck.core.ir.Parameter;
import dev.pincheck.core.ir.SourcePos;
import java.util.List;
import java.util.Map;

/**
 * What the core needs to know about a body besides its graph — key, name, position,
 * parameters, contracts — plus what lowering needs to resolve its variables.
 */
record BodyHeader(
    MethodKey key,
    String displayName,
    SourcePos pos,
    boolean isStatic,
    List<Parameter> params,
    boolean returnsBoolean,
    boolean returnsVoid,
    Contract declared,
    List<Contract> overridden,
    ClassSymbol bodyClass,
    Map<VarSymbol, Integer> paramIndex) {}
