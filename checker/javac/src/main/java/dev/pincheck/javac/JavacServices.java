package dev.pincheck.javac;

import com.sun.source.util.JavacTask;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Log;
import dev.pincheck.javac.contracts.CallTargets;
import dev.pincheck.javac.contracts.ContractIndex;
import dev.pincheck.javac.contracts.MethodNames;
import dev.pincheck.javac.contracts.OverriddenMethods;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The javac services one compilation shares among the front end's parts, and the symbol
 * caches built on them (contracts and call targets are read once per symbol per compilation).
 */
public record JavacServices(
    Context context,
    Types types,
    Symtab symtab,
    Log log,
    MethodNames names,
    ContractIndex contracts,
    CallTargets callTargets) {

  public static JavacServices of(JavacTask task) {
    return of(((BasicJavacTask) task).getContext());
  }

  public static JavacServices of(Context context) {
    Types types = Types.instance(context);
    MethodNames names = new MethodNames(types);
    ContractIndex contracts = new ContractIndex(new OverriddenMethods(types));
    return new JavacServices(
        context,
        types,
        Symtab.instance(context),
        Log.instance(context),
        names,
        contracts,
        new CallTargets(types, names, contracts));
  }

  /** The processing environment the CFG builder needs; created on first use only. */
  public ProcessingEnvironment processingEnv() {
    return JavacProcessingEnvironment.instance(context);
  }
}
