package dk.opdag.experiment.interpreter;

import dk.opdag.experiment.Limits;
import dk.opdag.experiment.Message;
import dk.opdag.experiment.js.Js;
import dk.opdag.experiment.js.JsLimitException;
import dk.opdag.experiment.js.JsList;
import dk.opdag.experiment.js.JsRandom;
import dk.opdag.experiment.js.JsTypeError;
import dk.opdag.experiment.js.Nil;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.program.Mutation;
import dk.opdag.experiment.program.Program;
import dk.opdag.experiment.world.BlockContext;
import dk.opdag.experiment.world.ProgramDriver;
import dk.opdag.experiment.world.WorldState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tree-walking interpreter with the semantics of Blockly's generated JavaScript: global variables, function
 * parameters as the only locals, JavaScript coercions, and Blockly's defaults for empty inputs.
 * Every block evaluation costs one step; loops, recursion, nesting, sizes and time are all bounded, and
 * everything that stops a run surfaces as a {@link RunAbort} with a Danish message. Internal API: use
 * {@code dk.opdag.experiment.Engine}.
 */
public final class Interpreter implements ProgramDriver {

    /** Input names of numbered inputs (IF0, DO0, ARG0 ...), made once instead of on every evaluation. */
    private static final int NAMED_INPUTS = 32;
    private static final String[] IF = numbered("IF");
    private static final String[] DO = numbered("DO");
    private static final String[] ARG = numbered("ARG");

    /** Nested evaluations allowed at once (blocks inside blocks, times recursion); far below the worker stack. */
    private static final int MAX_NESTING = 60_000;

    private final Program program;
    private final WorldState world;
    private final Limits limits;
    private final Recorder recorder;
    private final JsRandom random;
    private final long deadlineNanos;
    private final long workBudget;
    private final Set<String> hatTypes;
    private final Map<String, Block> procedures = new HashMap<>();
    /** Global variables by slot ({@link Block#varSlot()}); null is a variable never set (undefined). */
    private final Object[] globals;
    /** Each slot's name as first written, null until named; and the order names came in, for {@link #variables}. */
    private final String[] displayNames;
    private final List<Integer> namedOrder = new ArrayList<>();
    /** The running function's parameters (its only locals), or null outside functions. */
    private Frame locals;
    private int steps;
    private long work;
    private int callDepth;
    private int loopDepth;
    private int nesting;
    private Object returnValue = Nil.UNDEFINED;

    private static String[] numbered(String prefix) {
        String[] names = new String[NAMED_INPUTS];
        for (int i = 0; i < names.length; i++) {
            names[i] = (prefix + i).intern();
        }
        return names;
    }

    private static String numbered(String[] names, String prefix, int i) {
        return i < names.length ? names[i] : prefix + i;
    }

    public Interpreter(Program program, WorldState world, Limits limits, Recorder recorder, JsRandom random) {
        this.program = program;
        this.world = world;
        this.limits = limits;
        this.recorder = recorder;
        this.random = random;
        this.deadlineNanos = System.nanoTime() + limits.timeLimit().toNanos();
        this.workBudget = limits.stepBudget() * 200L;
        this.hatTypes = world.hatBlockTypes();
        this.globals = new Object[program.slotKeys().size()];
        this.displayNames = new String[globals.length];
        for (String name : program.variables().values()) {
            name(program.slotOf(key(name)), name);
        }
        // Function definitions are hoisted; a later definition with the same name wins, as in the generated code.
        for (List<Block> stack : program.stacks()) {
            Block top = stack.getFirst();
            if (top.enabled() && isDefinition(top)) {
                procedures.put(top.mutation().procedureKey(), top);
            }
        }
    }

    /** Runs the program the way its world drives it. */
    public void run() {
        world.run(this);
    }

    /** Steps used (at most the budget; the step that ran over is not counted). */
    public int steps() {
        return Math.min(steps, limits.stepBudget());
    }

    /** Final global variables by their display name (unset ones are undefined). */
    public Map<String, Object> variables() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int slot : namedOrder) {
            Object v = globals[slot];
            out.put(displayNames[slot], v == null ? Nil.UNDEFINED : v);
        }
        return out;
    }

    // ---------------------------------------------------------------- driver

    @Override
    public void runMain() {
        List<List<Block>> runnable = program.stacks().stream()
                .filter(stack -> !isDefinition(stack.getFirst()) && !hatTypes.contains(stack.getFirst().type()))
                .toList();
        if (world.oneProgram() && runnable.size() > 1) {
            List<Block> main = mainStack(runnable);
            for (List<Block> stack : runnable) {
                if (stack != main && stack.stream().anyMatch(Block::enabled)) {
                    warnLoose(stack.getFirst());
                    break; // one warning is enough; the blocks' ids are in it
                }
            }
            execChain(main);
            return;
        }
        for (List<Block> stack : runnable) {
            execChain(stack);
        }
    }

    /** The pupil's program: the stack with the most blocks (the first of them on a tie, the topmost). */
    private static List<Block> mainStack(List<List<Block>> stacks) {
        List<Block> main = stacks.getFirst();
        int most = size(main);
        for (List<Block> stack : stacks) {
            int n = size(stack);
            if (n > most) {
                main = stack;
                most = n;
            }
        }
        return main;
    }

    private static int size(List<Block> stack) {
        Program one = new Program(List.of(stack), Map.of(), List.of());
        return one.blockCount();
    }

    private void warnLoose(Block first) {
        recorder.warn(first.id(), Message.of("engine.loose-blocks"));
    }

    @Override
    public void runHandlers(String hatType) {
        for (List<Block> stack : program.stacks()) {
            Block top = stack.getFirst();
            if (top.enabled() && top.type().equals(hatType)) {
                step(top);
                execChain(top.statements("DO"));
            }
        }
    }

    @Override
    public boolean hasHandlers(String hatType) {
        for (List<Block> stack : program.stacks()) {
            Block top = stack.getFirst();
            if (top.enabled() && top.type().equals(hatType)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void trace(String kind, ObjectNode data) {
        recorder.trace(null, kind, data);
    }

    private static boolean isDefinition(Block b) {
        return b.type().equals("procedures_defnoreturn") || b.type().equals("procedures_defreturn");
    }

    // ---------------------------------------------------------------- budget

    void step(Block b) {
        if (++steps > limits.stepBudget()) {
            throw new RunAbort(Message.of("engine.run.steps", limits.stepBudget()), b.id());
        }
        if ((steps & 1023) == 0) {
            checkTime(b);
        }
    }

    /** Charges bulk work (list and text operations) against a budget proportional to the step budget. */
    void charge(Block b, long units) {
        work += units;
        checkTime(b);
        if (work > workBudget) {
            throw new RunAbort(Message.of("engine.run.work"), b.id());
        }
    }

    private void checkTime(Block b) {
        if (System.nanoTime() > deadlineNanos || Thread.currentThread().isInterrupted()) {
            throw new RunAbort(Message.of("engine.run.too-long"), b.id());
        }
    }

    private void enter(Block b) {
        if (++nesting > MAX_NESTING) {
            throw new RunAbort(Message.of("engine.run.too-deep"), b.id());
        }
    }

    int maxSize() {
        return limits.maxCollectionSize();
    }

    /** Checks a list against the size limit after it grew. */
    void checkList(Block b, JsList list) {
        if (list.size() > limits.maxCollectionSize()) {
            throw listTooLong(b);
        }
    }

    RunAbort listTooLong(Block b) {
        return new RunAbort(Message.of("engine.run.list-too-long", limits.maxCollectionSize()), b.id());
    }

    RunAbort textTooLong(Block b) {
        return new RunAbort(Message.of("engine.run.text-too-long", limits.maxCollectionSize()), b.id());
    }

    // ---------------------------------------------------------------- statements

    Flow execChain(List<Block> chain) {
        for (int i = 0, n = chain.size(); i < n; i++) { // indexed: no iterator per chain run
            Block b = chain.get(i);
            if (!b.enabled()) {
                continue; // Blockly's generator skips disabled blocks and goes on with the next one
            }
            Flow f = exec(b);
            if (f != Flow.NORMAL) {
                return f;
            }
        }
        return Flow.NORMAL;
    }

    Flow exec(Block b) {
        step(b);
        enter(b);
        try {
            return switch (b.kind()) {
                case CONTROLS_IF -> execIf(b);
                case REPEAT -> Loops.repeat(this, b);
                case WHILE_UNTIL -> Loops.whileUntil(this, b);
                case FOR -> Loops.countFor(this, b);
                case FOR_EACH -> Loops.forEach(this, b);
                case FLOW -> execFlow(b);
                case VARIABLES_SET -> {
                    Object v = value(b, "VALUE", 0.0);
                    setVar(b, v);
                    yield Flow.NORMAL;
                }
                case MATH_CHANGE -> {
                    Object current = getVar(b);
                    Object base = current instanceof Double ? current : (Object) 0.0;
                    setVar(b, checkResult(MathBlocks.addTerms(this, base, b.input("DELTA")), b));
                    yield Flow.NORMAL;
                }
                case TEXT_APPEND -> {
                    Object current = getVar(b);
                    Object result = Js.add(current, Js.toStr(value(b, "TEXT", "")));
                    setVar(b, checkResult(result, b));
                    yield Flow.NORMAL;
                }
                case TEXT_PRINT -> {
                    recorder.print(b.id(), Js.toStr(value(b, "TEXT", "")));
                    yield Flow.NORMAL;
                }
                case LISTS_SET_INDEX -> {
                    ListBlocks.setIndex(this, b);
                    yield Flow.NORMAL;
                }
                case CALL_NO_RETURN -> {
                    call(b);
                    yield Flow.NORMAL;
                }
                case IF_RETURN -> execIfReturn(b);
                case DEFINITION -> Flow.NORMAL;
                default -> {
                    if (StandardBlocks.VALUE_TYPES.contains(b.type())) {
                        evalBody(b); // a loose value block: evaluated for its side effects, as the generated code does
                    } else {
                        world.execute(b, new Context(b));
                    }
                    yield Flow.NORMAL;
                }
            };
        } catch (JsTypeError e) {
            throw new RunAbort(e.text(), b.id());
        } catch (JsLimitException e) {
            throw e.isList() ? listTooLong(b) : textTooLong(b);
        } finally {
            nesting--;
        }
    }

    private Flow execIf(Block b) {
        int elseIfs = b.mutation().elseIfCount();
        boolean hasElse = b.mutation().hasElse();
        for (int n = 0; n <= elseIfs; n++) {
            if (Js.truthy(value(b, numbered(IF, "IF", n), false))) {
                return execChain(b.statements(numbered(DO, "DO", n)));
            }
        }
        return hasElse ? execChain(b.statements("ELSE")) : Flow.NORMAL;
    }

    private Flow execFlow(Block b) {
        if (loopDepth == 0) {
            // In Blockly this block is disabled outside a loop, so the generated code leaves it out.
            warn(b, Message.of("engine.block.break-outside-loop"));
            return Flow.NORMAL;
        }
        return "CONTINUE".equals(b.field("FLOW", "BREAK")) ? Flow.CONTINUE : Flow.BREAK;
    }

    private Flow execIfReturn(Block b) {
        if (callDepth == 0) {
            warn(b, Message.of("engine.block.return-outside-function"));
            return Flow.NORMAL;
        }
        if (!Js.truthy(value(b, "CONDITION", false))) {
            return Flow.NORMAL;
        }
        returnValue = b.mutation().returnsValue() ? value(b, "VALUE", Nil.NULL) : Nil.UNDEFINED;
        return Flow.RETURN;
    }

    /** Runs a loop body: tracks loop depth (for break/continue) and reports how the body ended. */
    Flow loopBody(Block loop, String input) {
        loopDepth++;
        try {
            return execChain(loop.statements(input));
        } finally {
            loopDepth--;
        }
    }

    // ---------------------------------------------------------------- procedures

    Object call(Block b) {
        Mutation m = b.mutation();
        Block def = procedures.get(m.procedureKey());
        if (def == null) {
            throw new RunAbort(Message.of("engine.run.no-function", m.procedure()), b.id());
        }
        int argc = m.paramKeys().size();
        Object[] args = new Object[argc];
        for (int i = 0; i < argc; i++) {
            args[i] = value(b, numbered(ARG, "ARG", i), Nil.NULL); // the generator passes null for an empty argument
        }
        if (callDepth >= limits.maxRecursionDepth()) {
            throw new RunAbort(Message.of("engine.run.recursion", m.procedure(), limits.maxRecursionDepth()), b.id());
        }
        Frame savedLocals = locals;
        int savedLoopDepth = loopDepth;
        locals = new Frame(def.mutation().paramKeys(), args);
        loopDepth = 0;
        callDepth++;
        try {
            Flow f = execChain(def.statements("STACK"));
            if (f == Flow.RETURN) {
                Object r = returnValue;
                returnValue = Nil.UNDEFINED;
                return r;
            }
            if (def.type().equals("procedures_defreturn")) {
                Block r = def.input("RETURN");
                return r == null ? Nil.UNDEFINED : eval(r);
            }
            return Nil.UNDEFINED;
        } finally {
            callDepth--;
            locals = savedLocals;
            loopDepth = savedLoopDepth;
        }
    }

    // ---------------------------------------------------------------- variables

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT); // Blockly matches variable and function names case-insensitively
    }

    /** The variable in the block's VAR field: a parameter of the running function, else a global. */
    Object getVar(Block b) {
        if (locals != null) {
            int slot = locals.slot(b.varKey());
            if (slot >= 0) {
                return locals.get(slot);
            }
        }
        Object v = globals[b.varSlot()];
        return v == null ? Nil.UNDEFINED : v;
    }

    /** Sets the variable in the block's VAR field; a global keeps the name it was first written with. */
    void setVar(Block b, Object value) {
        if (locals != null) {
            int slot = locals.slot(b.varKey());
            if (slot >= 0) {
                locals.set(slot, value);
                return;
            }
        }
        int slot = b.varSlot();
        if (displayNames[slot] == null) {
            name(slot, b.field("VAR", b.varKey()));
        }
        globals[slot] = value;
    }

    private void name(int slot, String name) {
        if (slot >= 0 && displayNames[slot] == null) {
            displayNames[slot] = name;
            namedOrder.add(slot);
        }
    }

    // ---------------------------------------------------------------- values

    /** Evaluates a value input, or returns the generator's default when nothing (enabled) is connected. */
    Object value(Block b, String input, Object defaultValue) {
        Block child = b.input(input);
        return child == null ? defaultValue : eval(child);
    }

    Object eval(Block b) {
        step(b);
        enter(b);
        try {
            return checkResult(evalBody(b), b);
        } catch (JsTypeError e) {
            throw new RunAbort(e.text(), b.id());
        } catch (JsLimitException e) {
            throw e.isList() ? listTooLong(b) : textTooLong(b);
        } finally {
            nesting--;
        }
    }

    private Object evalBody(Block b) {
        return switch (b.kind()) {
            case VARIABLES_GET -> getVar(b);
            case MATH_NUMBER -> b.number(); // parsed once by Block; String(n) in the source turns -0 into 0
            case MATH_ARITHMETIC, MATH_OTHER -> MathBlocks.eval(this, b);
            case CALL_RETURN -> call(b);
            case LOGIC_BOOLEAN -> !"FALSE".equals(b.field("BOOL", "TRUE"));
            case LOGIC_NULL -> Nil.NULL;
            case LOGIC_NEGATE -> !Js.truthy(value(b, "BOOL", true));
            case LOGIC_COMPARE -> compare(b);
            case LOGIC_OPERATION -> andOr(b);
            case LOGIC_TERNARY -> Js.truthy(value(b, "IF", false))
                    ? value(b, "THEN", Nil.NULL)
                    : value(b, "ELSE", Nil.NULL);
            case TEXT_OTHER, TEXT_APPEND, TEXT_PRINT -> TextBlocks.eval(this, b);
            case LISTS_OTHER, LISTS_SET_INDEX -> ListBlocks.eval(this, b);
            default -> world.evaluate(b, new Context(b));
        };
    }

    private Object checkResult(Object r, Block b) {
        if (r instanceof String s && s.length() > limits.maxCollectionSize()) {
            throw textTooLong(b);
        }
        if (r instanceof JsList l && l.size() > limits.maxCollectionSize()) {
            throw listTooLong(b);
        }
        return r;
    }

    private Object compare(Block b) {
        Object a = value(b, "A", 0.0);
        Object c = value(b, "B", 0.0);
        return switch (b.field("OP", "EQ")) {
            case "NEQ" -> !Js.looseEquals(a, c);
            case "LT" -> Js.lt(a, c);
            case "LTE" -> Js.le(a, c);
            case "GT" -> Js.gt(a, c);
            case "GTE" -> Js.ge(a, c);
            default -> Js.looseEquals(a, c);
        };
    }

    /** && and || return one of their operands (not a boolean) and skip the right side when the left decides. */
    private Object andOr(Block b) {
        boolean and = !"OR".equals(b.field("OP", "AND"));
        Block left = b.input("A");
        Block right = b.input("B");
        Object missing = left == null && right == null ? (Object) false : (Object) and;
        Object l = left == null ? missing : eval(left);
        if (and ? !Js.truthy(l) : Js.truthy(l)) {
            return l;
        }
        return right == null ? missing : eval(right);
    }

    // ---------------------------------------------------------------- services for block families and worlds

    JsRandom random() {
        return random;
    }

    void warn(Block b, Message message) {
        recorder.warn(b.id(), message);
    }

    /** The view of the interpreter a world block gets. */
    private final class Context implements BlockContext {
        private final Block block;

        Context(Block block) {
            this.block = block;
        }

        @Override
        public Block block() {
            return block;
        }

        @Override
        public Object value(String input, Object defaultValue) {
            return Interpreter.this.value(block, input, defaultValue);
        }

        @Override
        public double number(String input, double defaultValue) {
            Block child = block.input(input);
            return child == null ? defaultValue : Js.toNumber(eval(child));
        }

        @Override
        public String text(String input, String defaultValue) {
            Block child = block.input(input);
            return child == null ? defaultValue : Js.toStr(eval(child));
        }

        @Override
        public String field(String name, String defaultValue) {
            return block.field(name, defaultValue);
        }

        @Override
        public boolean tracing() {
            return recorder.tracing();
        }

        @Override
        public void trace(String kind, ObjectNode data) {
            recorder.trace(block.id(), kind, data);
        }

        @Override
        public ObjectNode newData() {
            return recorder.newData();
        }

        @Override
        public void warn(Message message) {
            recorder.warn(block.id(), message);
        }

        @Override
        public void print(String line) {
            recorder.print(block.id(), line);
        }

        @Override
        public RuntimeException fail(Message message) {
            return new RunAbort(message, block.id());
        }

        @Override
        public JsRandom random() {
            return random;
        }

        @Override
        public void charge(int workUnits) {
            Interpreter.this.charge(block, workUnits);
        }
    }
}
