package dk.opdag.experiment;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.program.Program;
import dk.opdag.experiment.program.WorkspaceException;
import dk.opdag.experiment.program.WorkspaceParser;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class WorkspaceParserTest {

    private final WorkspaceParser parser = new WorkspaceParser();

    @Test
    void readsBlocklysFormatIntoATree() {
        String json = """
                {"blocks":{"languageVersion":0,"blocks":[
                  {"type":"variables_set","id":"a","x":10,"y":10,"fields":{"VAR":{"id":"v1"}},
                   "inputs":{"VALUE":{"shadow":{"type":"math_number","id":"s","fields":{"NUM":5}},
                                      "block":{"type":"math_number","id":"n","fields":{"NUM":7}}}},
                   "next":{"block":{"type":"text_print","id":"p","inputs":{"TEXT":{"shadow":{"type":"text","id":"t","fields":{"TEXT":"hej"}}}}}}}
                ]},"variables":[{"name":"Tæller","id":"v1"}]}
                """;
        Program program = parser.parse(json);
        assertThat(program.stacks()).hasSize(1);
        Block set = program.stacks().getFirst().getFirst();
        assertThat(set.field("VAR", null)).isEqualTo("Tæller");
        assertThat(set.input("VALUE").field("NUM", null)).isEqualTo("7");
        Block print = program.stacks().getFirst().get(1);
        assertThat(print.input("TEXT").shadow()).isTrue();
        assertThat(program.blockCount()).isEqualTo(3); // the shadow text is not counted, the covered shadow is gone
        assertThat(program.variables()).containsEntry("v1", "Tæller");
    }

    @Test
    void topBlocksRunTopToBottomLikeBlockly() {
        ObjectNode low = print(txt("nederst"));
        ObjectNode high = print(txt("øverst"));
        String json = workspace(low, high).replace("\"y\":0", "\"y\":500");
        Program program = parser.parse(json);
        assertThat(program.stacks().getFirst().getFirst().input("TEXT").field("TEXT", null)).isEqualTo("øverst");
    }

    @Test
    void disabledBlocksAreKeptButMarked() {
        ObjectNode off = print(txt("fra"));
        off.putArray("disabledReasons").add("MANUALLY_DISABLED");
        Block b = parser.parse(program(off)).stacks().getFirst().getFirst();
        assertThat(b.enabled()).isFalse();
    }

    @Test
    void unknownVariableIdsGetANameLikeBlocklyGives() {
        String json = "{\"blocks\":{\"blocks\":[{\"type\":\"variables_get\",\"fields\":{\"VAR\":{\"id\":\"nope\"}}}]}}";
        assertThat(parser.parse(json).stacks().getFirst().getFirst().field("VAR", null)).isEqualTo("i");
    }

    @Test
    void rejectsTypesOutsideTheAllowedSetWithTheBlockId() {
        ObjectNode robot = block("robot_move");
        assertThatThrownBy(() -> parser.parse(program(robot), Set.of("text_print")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("robot_move")
                .satisfies(e -> assertThat(((WorkspaceException) e).blockId()).isEqualTo(robot.path("id").asString()));
    }

    @Test
    void structuralProblemsHaveDanishMessages() {
        assertThatThrownBy(() -> parser.parse("nope")).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("kunne ikke læses");
        assertThatThrownBy(() -> parser.parse("{\"blocks\":{\"blocks\":[{\"id\":\"x\"}]}}"))
                .hasMessageContaining("mangler sin type");
        assertThatThrownBy(() -> new WorkspaceParser(100, 10, 10).parse(program(print(txt("x".repeat(200))))))
                .hasMessageContaining("for stort");
        ObjectNode[] many = new ObjectNode[20];
        for (int i = 0; i < many.length; i++) {
            many[i] = print(txt("x"));
        }
        assertThatThrownBy(() -> new WorkspaceParser(100_000, 10, 10).parse(program(many)))
                .hasMessageContaining("for mange blokke");
    }

    @Test
    void emptyWorkspaceIsAValidProgram() {
        assertThat(parser.parse("{}").stacks()).isEmpty();
        RunResult r = Engine.run(spec("console", "{}", "[{\"type\":\"no_error\"}]"), "{}");
        assertThat(r.passed()).isTrue();
    }

    @Test
    void mutatorStateIsReadOnceWhateverFormBlocklySavedItIn() {
        // JSON extra state, as saveExtraState writes it
        Block ifJson = first("{'type':'controls_if','extraState':{'elseIfCount':2,'hasElse':true}}");
        assertThat(ifJson.mutation().elseIfCount()).isEqualTo(2);
        assertThat(ifJson.mutation().hasElse()).isTrue();
        // no extra state (Blockly saves none for the default shape): the connected inputs tell
        Block ifPlain = first("{'type':'controls_if','inputs':{'IF0':{'block':{'type':'logic_boolean'}},"
                + "'ELSE':{'block':{'type':'text_print'}}}}");
        assertThat(ifPlain.mutation().elseIfCount()).isZero();
        assertThat(ifPlain.mutation().hasElse()).isTrue();
        // an XML mutation string: procedures_ifreturn only has mutationToDom, and XML-converted workspaces
        Block bareReturn = first("{'type':'procedures_ifreturn','extraState':'<mutation value=\\'0\\'></mutation>'}");
        assertThat(bareReturn.mutation().returnsValue()).isFalse();
        Block valueReturn = first("{'type':'procedures_ifreturn','extraState':'<mutation value=\\'1\\'></mutation>'}");
        assertThat(valueReturn.mutation().returnsValue()).isTrue();
        Block xmlIf = first("{'type':'controls_if','extraState':'<mutation elseif=\\'1\\' else=\\'1\\'/>'}");
        assertThat(xmlIf.mutation().elseIfCount()).isEqualTo(1);
        assertThat(xmlIf.mutation().hasElse()).isTrue();
        Block xmlCall = first("{'type':'procedures_callreturn','extraState':"
                + "'<mutation name=\\'Dobbelt&amp;mere\\'><arg name=\\'X\\'></arg><arg name=\\'y\\'></arg></mutation>'}");
        assertThat(xmlCall.mutation().procedure()).isEqualTo("Dobbelt&mere");
        assertThat(xmlCall.mutation().procedureKey()).isEqualTo("dobbelt&mere");
        assertThat(xmlCall.mutation().paramKeys()).containsExactly("x", "y");
        // item counts get Blockly's defaults when absent
        assertThat(first("{'type':'lists_create_with'}").mutation().itemCount()).isEqualTo(3);
        assertThat(first("{'type':'text_join'}").mutation().itemCount()).isEqualTo(2);
        assertThat(first("{'type':'text_join','extraState':{'itemCount':5}}").mutation().itemCount()).isEqualTo(5);
        // a definition saves {name, id} objects, a call plain names; a call's name comes from its extra state
        Block def = first("{'type':'procedures_defreturn','fields':{'NAME':'Fib'},"
                + "'extraState':{'params':[{'name':'N','id':'p1'}]}}");
        assertThat(def.mutation().procedureKey()).isEqualTo("fib");
        assertThat(def.mutation().paramKeys()).containsExactly("n");
        Block call = first("{'type':'procedures_callnoreturn','extraState':{'name':'FIB','params':['N']}}");
        assertThat(call.mutation().procedureKey()).isEqualTo("fib");
        assertThat(call.mutation().paramKeys()).hasSize(1);
    }

    @Test
    void aBareReturnSavedAsXmlReturnsUndefined() {
        ObjectNode ifReturn = input(block("procedures_ifreturn"), "CONDITION", bool(true));
        ifReturn.put("extraState", "<mutation value=\"0\"></mutation>");
        input(ifReturn, "VALUE", txt("værdi")); // ignored: a bare return has no value
        ObjectNode def = defReturn("f", java.util.List.of(), ifReturn, txt("slut"));
        RunResult r = Engine.run(spec("console", "{}", "[]"), workspace(def, print(callReturn("f", java.util.List.of()))));
        assertThat(r.output()).containsExactly("undefined");
    }

    /** The first block of a workspace holding one block, written with ' for " (and \' for a quote inside). */
    private Block first(String blockJson) {
        String json = blockJson.replace("\\'", "\u0001").replace('\'', '"').replace("\u0001", "\\\"");
        return parser.parse("{\"blocks\":{\"blocks\":[" + json + "]}}").stacks().getFirst().getFirst();
    }
}
