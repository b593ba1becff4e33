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
}
