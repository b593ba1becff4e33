package dk.opdag.experiment.program;

import java.util.List;

/**
 * A block's mutator state, read once by {@link WorkspaceParser} from whichever form Blockly saved it in (JSON extra
 * state, an XML mutation string, or nothing at all), with Blockly's defaults filled in. The interpreter reads these
 * values and never looks at the serialised form.
 *
 * @param itemCount    inputs ADD0..ADD(n-1) of {@code lists_create_with} and {@code text_join}
 * @param elseIfCount  extra IFn/DOn pairs of {@code controls_if}
 * @param hasElse      whether {@code controls_if} has an ELSE input
 * @param returnsValue whether {@code procedures_ifreturn} returns its VALUE (false: a bare {@code return;})
 * @param procedure    the function a call names, or a definition's name; null for other blocks
 * @param procedureKey {@code procedure} lower-cased (Blockly matches function names case-insensitively)
 * @param paramKeys    a definition's parameters lower-cased (variable keys); a call's arguments as the call names
 *                     them, lower-cased: their count is the number of ARGn inputs the call evaluates
 */
public record Mutation(int itemCount, int elseIfCount, boolean hasElse, boolean returnsValue, String procedure,
                       String procedureKey, List<String> paramKeys) {

    /** A block without mutator state. */
    public static final Mutation NONE = new Mutation(0, 0, false, true, null, null, List.of());

    public Mutation {
        paramKeys = List.copyOf(paramKeys);
    }
}
