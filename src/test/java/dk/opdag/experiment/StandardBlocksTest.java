package dk.opdag.experiment;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * One focused test per family of Blockly's standard blocks in the console world. The conformance corpus checks
 * the same semantics in depth against Blockly's own JavaScript; these tests document the essentials.
 */
class StandardBlocksTest {

    @Test
    void logicBlocksFollowJavaScriptTruthinessAndLooseEquality() {
        RunResult r = runConsole(
                print(compare("EQ", txt("1"), num(1))),
                print(input(block("logic_negate"), "BOOL", txt(""))),
                print(input(input(input(block("logic_ternary"), "IF", num(0)), "THEN", txt("ja")), "ELSE", txt("nej"))),
                print(input(input(field(block("logic_operation"), "OP", "OR"), "A", num(0)), "B", txt("x"))),
                print(block("logic_null")),
                ifElse(compare("LT", txt("10"), txt("9")), print(txt("tekst")), print(txt("tal"))));
        assertThat(r.output()).containsExactly("true", "true", "nej", "x", "null", "tekst");
        assertThat(r.error()).isEmpty();
    }

    @Test
    void loopsCountLikeTheGeneratedCode() {
        RunResult r = runConsole(
                set("n", num(0)),
                repeat(num(3), change("n", num(1))),
                print(get("n")),
                input(input(input(input(var(block("controls_for"), "i"), "FROM", num(10)), "TO", num(1)), "BY", num(-3)),
                        "DO", print(get("i"))),
                set("k", num(0)),
                until(compare("GTE", get("k"), num(2)), change("k", num(1))),
                print(get("k")));
        assertThat(r.output()).containsExactly("3", "10", "7", "4", "1", "2");
    }

    @Test
    void breakAndContinueLeaveTheNearestLoop() {
        ObjectNode brk = field(block("controls_flow_statements"), "FLOW", "BREAK");
        ObjectNode cont = field(block("controls_flow_statements"), "FLOW", "CONTINUE");
        RunResult r = runConsole(
                input(var(block("controls_forEach"), "x"), "LIST", list(num(1), num(2), num(3), num(4))),
                input(input(var(block("controls_forEach"), "y"), "LIST", list(num(1), num(2), num(3), num(4))), "DO",
                        seq(ifThen(compare("EQ", get("y"), num(2)), cont), ifThen(compare("EQ", get("y"), num(4)), brk),
                                print(get("y")))));
        assertThat(r.output()).containsExactly("1", "3");
    }

    @Test
    void mathBlocksComputeLikeJavaScript() {
        RunResult r = runConsole(
                print(arith("ADD", num(0.1), num(0.2))),
                print(arith("DIVIDE", num(1), num(0))),
                print(arith("POWER", num(10), num(-4))),
                print(input(field(block("math_single"), "OP", "ROOT"), "NUM", num(2))),
                print(input(field(block("math_trig"), "OP", "SIN"), "NUM", num(30))),
                print(input(field(block("math_round"), "OP", "ROUND"), "NUM", num(-2.5))),
                print(input(input(block("math_modulo"), "DIVIDEND", num(-7)), "DIVISOR", num(3))),
                print(input(field(block("math_on_list"), "OP", "AVERAGE"), "LIST", list(num(1), num(2), num(4)))),
                print(input(field(block("math_number_property"), "PROPERTY", "PRIME"), "NUMBER_TO_CHECK", num(97))),
                print(input(input(input(block("math_constrain"), "VALUE", num(50)), "LOW", num(1)), "HIGH", num(10))),
                print(field(block("math_constant"), "CONSTANT", "PI")));
        assertThat(r.output()).containsExactly("0.30000000000000004", "Infinity", "0.0001",
                "1.4142135623730951", "0.49999999999999994", "-2", "-1", "2.3333333333333335", "true", "10",
                "3.141592653589793");
    }

    @Test
    void randomBlocksAreSeededAndDeterministic() {
        ObjectNode[] program = {
            print(input(input(block("math_random_int"), "FROM", num(1)), "TO", num(100))),
            print(block("math_random_float"))
        };
        RunResult first = runConsole(program);
        RunResult again = Engine.run(spec("console", "{}", "[]"), program(program));
        assertThat(first.output()).hasSize(2).isEqualTo(again.output());
        ExperimentSpec otherSeed = new ExperimentSpec("console", json("{}"), List.of(), java.util.OptionalInt.empty(), 7);
        assertThat(Engine.run(otherSeed, program(program)).output()).isNotEqualTo(first.output());
    }

    @Test
    void textBlocksWorkOnCodeUnitsAndCoerceWithString() {
        RunResult r = runConsole(
                print(join(txt("a"), num(1), block("logic_null"))),
                print(join(num(1), block("logic_null"))),
                print(input(block("text_length"), "VALUE", txt("æble"))),
                print(input(field(block("text_changeCase"), "CASE", "TITLECASE"), "TEXT", txt("hej MED dig"))),
                print(input(input(input(block("text_replace"), "FROM", txt("a")), "TO", txt("$&$&")), "TEXT", txt("bal"))),
                print(input(input(block("text_count"), "SUB", txt("an")), "TEXT", txt("banana"))),
                print(input(block("text_reverse"), "TEXT", txt("abc"))),
                print(input(input(field(block("text_charAt"), "WHERE", "FROM_START"), "VALUE", txt("hej")), "AT",
                        num(2))),
                set("t", txt("x")),
                input(var(block("text_append"), "t"), "TEXT", num(5)),
                print(get("t")));
        assertThat(r.output()).containsExactly("a1", "1null", "4", "Hej Med Dig", "baal", "2", "cba", "e", "x5");
    }

    @Test
    void listBlocksUseOneBasedPositionsAndShareReferences() {
        ObjectNode getSecond = input(input(field(field(block("lists_getIndex"), "MODE", "GET"), "WHERE", "FROM_START"),
                "VALUE", get("l")), "AT", num(2));
        ObjectNode insertLast = input(input(field(field(block("lists_setIndex"), "MODE", "INSERT"), "WHERE", "LAST"),
                "LIST", get("alias")), "TO", num(9));
        ObjectNode sortDesc = input(field(field(block("lists_sort"), "TYPE", "NUMERIC"), "DIRECTION", "-1"), "LIST",
                get("l"));
        ObjectNode split = input(input(field(block("lists_split"), "MODE", "SPLIT"), "INPUT", txt("a,b,,c")), "DELIM",
                txt(","));
        RunResult r = runConsole(
                set("l", list(num(3), num(1), num(2))),
                set("alias", get("l")),
                insertLast,
                print(getSecond),
                print(get("l")),
                print(sortDesc),
                print(input(block("lists_length"), "VALUE", split)),
                print(input(input(block("lists_repeat"), "ITEM", txt("x")), "NUM", num(3))));
        assertThat(r.output()).containsExactly("1", "3,1,2,9", "9,3,2,1", "4", "x,x,x");
    }

    @Test
    void variablesAreGlobalAndParametersLocal() {
        ObjectNode def = defReturn("f", List.of("x"), seq(set("x", num(100)), set("y", num(7))), get("x"));
        ObjectNode main = seq(set("x", num(1)), print(callReturn("f", List.of("x"), num(5))), print(get("x")),
                print(get("y")), print(get("never")));
        RunResult r = Engine.run(spec("console", "{}", "[]"), workspace(def, main));
        assertThat(r.output()).containsExactly("100", "1", "7", "undefined");
    }

    @Test
    void recursionWorksWithinTheDepthLimit() {
        ObjectNode ifReturn = input(input(block("procedures_ifreturn"), "CONDITION",
                compare("LTE", get("n"), num(1))), "VALUE", num(1));
        ObjectNode def = defReturn("fak", List.of("n"), ifReturn,
                arith("MULTIPLY", get("n"), callReturn("fak", List.of("n"), arith("MINUS", get("n"), num(1)))));
        RunResult r = Engine.run(spec("console", "{}", "[]"),
                workspace(def, print(callReturn("fak", List.of("n"), num(10)))));
        assertThat(r.output()).containsExactly("3628800");
    }

    @Test
    void emptyInputsUseTheGeneratorsDefaults() {
        RunResult r = runConsole(
                print(block("math_arithmetic")),
                print(block("logic_compare")),
                print(block("logic_negate")),
                print(block("text_join")),
                print(block("lists_create_with")),
                set("v", null),
                print(get("v")));
        assertThat(r.output()).containsExactly("0", "true", "false", "", ",,", "0");
    }
}
