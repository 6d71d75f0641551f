package dev.pincheck.core.ir;

import dev.pincheck.core.contract.Contract;
import java.util.List;

/**
 * One analysable body — method, constructor, initializer or lambda — as a control-flow
 * graph of {@link Block}s, with the contract its own annotations declare ({@code declared},
 * already merged with what it inherits, such as an {@code @InReadSection} callback) and the
 * contracts of the methods it overrides, so overrides can be checked against them.
 */
public record MethodBody(
    MethodKey key,
    String displayName,
    SourcePos pos,
    boolean isStatic,
    List<Parameter> params,
    boolean returnsBoolean,
    Contract declared,
    List<Contract> overridden,
    Block entry,
    Block normalExit,
    Block exceptionalExit,
    List<Block> blocks) {
  public MethodBody {
    params = List.copyOf(params);
    overridden = List.copyOf(overridden);
    blocks = List.copyOf(blocks);
  }
}
