package dk.opdag.curriculum.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.RunResult;
import dk.opdag.experiment.TestBlocks;
import dk.opdag.experiment.interpreter.StandardBlocks;
import dk.opdag.experiment.world.Worlds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compact form compiles to exactly what Blockly saves: each program below is compared, block for block, with a
 * workspace that went through Blockly's own serializer (the shipped experiments' files, canonicalised by
 * tools/conformance/experiments.mjs; for experiments now written in the compact form, their last Blockly-saved files
 * in src/test/resources/experiment/blockly-saved).
 */
class BlockScriptTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Set<String> types(String world) {
        Set<String> types = new HashSet<>(StandardBlocks.ALL);
        types.addAll(Worlds.get(world).blockTypes());
        return types;
    }

    static JsonNode compile(String world, String script) {
        return BlockScript.compile(script, types(world), "b");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', textBlock = """
            skildpadde-sekskant | start.json | turtle | repeat 4:\\n  turtle_forward(60)\\n  turtle_turn_right(90)
            skildpadde-sekskant | solution.json | turtle | repeat 6:\\n  turtle_forward(60)\\n  turtle_turn_right(60)
            robot-hoejre-haand | solution.json | robot | until robot_at_flag():\\n  robot_turn_right()\\n  while robot_wall_ahead():\\n    robot_turn_left()\\n  robot_move()
            drivhus-lampe | solution.json | greenhouse | greenhouse_every_tick():\\n  if greenhouse_light() < 40:\\n    greenhouse_lamp_on()\\n  else:\\n    greenhouse_lamp_off()
            anbefalingen-til-noah | start.json | data | data_answer(data_most_common(COLUMN=genre))
            filterboblen-i-tal | solution.json | data | data_answer(data_count(data_filter(COLUMN=genre, OP=EQ, VALUE=data_most_common(COLUMN=genre))) / data_count() * 100)
            varmere-i-danmark | solution.json | data | data_answer(data_average(data_filter(COLUMN=aar, OP=GE, VALUE=2011), temperatur) - data_average(data_filter(COLUMN=aar, OP=LE, VALUE=1970), temperatur))
            stroemslugeren | solution.json | data | data_answer(data_get(lists_getIndex(GET, FIRST, data_sort(COLUMN=watt, DIRECTION=DESC)), apparat))
            knaek-caesar | solution.json | text | for nøgle from 1 to 29 by 1:\\n  if chat_contains(codes_caesar(codes_input(), -1 * nøgle), "skole"):\\n    text_print(codes_caesar(codes_input(), -1 * nøgle))
            chatbot-med-regler | solution.json | text | chat_on_message():\\n  if chat_contains(chat_message(), "hej"):\\n    chat_reply("Hej med dig!")\\n  elif chat_contains(chat_message(), "hedder"):\\n    chat_reply("Jeg hedder Robo.")\\n  else:\\n    chat_reply("Det forstår jeg ikke.")
            caesar-hemmelig-besked | start.json | text | text_print(codes_caesar(codes_input(), 3, EN))
            mester-jakob | solution.json | music | repeat 2:\\n  music_play_note("C4", 1)\\n  music_play_note("D4", 1)\\n  music_play_note("E4", 1)\\n  music_play_note("C4", 1)\\nrepeat 2:\\n  music_play_note("E4", 1)\\n  music_play_note("F4", 1)\\n  music_play_note("G4", 2)
            robot-madpakker | solution.json | robot | repeat 4:\\n  robot_move()\\n  robot_pick_up()\\n  robot_turn_right()\\n  robot_move()\\n  robot_turn_left()\\nrobot_move()
            """)
    void compilesToWhatBlocklySavesForTheShippedExperiments(String experiment, String file, String world,
                                                            String script) throws IOException {
        Path shipped = Path.of("curriculum/experiments", experiment, file);
        // Experiments now written in the compact form keep their Blockly-saved files as test data.
        Path saved = Path.of("src/test/resources/experiment/blockly-saved", experiment + "-" + file);
        JsonNode blockly = JSON.readTree(Files.readString(Files.exists(shipped) ? shipped : saved));
        JsonNode ours = compile(world, script.replace("\\n", "\n"));
        assertThat(normalized(ours)).isEqualTo(normalized(blockly));
    }

    @Test
    void functionsWithParametersRunAndReturn() {
        JsonNode ws = compile("turtle", """
                def kvadrat(side):
                  repeat 4:
                    turtle_forward(side)
                    turtle_turn_right(90)
                def dobbelt(x):
                  return x * 2
                for størrelse from 20 to 40 by 20:
                  kvadrat(dobbelt(størrelse))
                """);
        RunResult r = Engine.run(TestBlocks.spec("turtle", "{}", "[{\"type\": \"segment_count\", \"min\": 8, \"max\": 8}]"),
                ws.toString());
        assertThat(r.error()).isEmpty();
        assertThat(r.passed()).isTrue();
        assertThat(ws.path("variables")).extracting(v -> v.get("name").asString()).containsExactly("side", "x",
                "størrelse");
        assertThat(ws.path("blocks").path("blocks")).hasSize(3); // two definitions and the program
    }

    @Test
    void operatorsListsAndLoopsBecomeStandardBlocks() {
        JsonNode ws = compile("console", """
                tal = [3, 1, 2]
                sum = 0
                for t in tal:
                  sum += t
                if not (sum == 6 or sum > 10) and true:
                  text_print("nej")
                else:
                  text_print(text_join("sum: ", sum, "!"))
                i = 0
                while i < 3:
                  i += 1
                  if i == 2:
                    break
                text_print(-i + 10 % 4 ^ 2)
                """);
        RunResult r = Engine.run(TestBlocks.spec("console", "{}", "[]"), ws.toString());
        assertThat(r.error()).isEmpty();
        assertThat(r.output()).containsExactly("sum: 6!", "8"); // -2 + 10 % (4 ^ 2)
    }

    @Test
    void mistakesNameTheLineAndTheFix() {
        assertError("turtle", "repeat 4:\nturtle_forward(10)", 1, "rykket ind");
        assertError("turtle", "turtle_forwrd(10)", 1, "mente du 'turtle_forward'");
        assertError("turtle", "turtle_forward(10)\n  turtle_turn_right(90)", 2, "for langt ind");
        assertError("turtle", "repeat 2:\n  turtle_x()", 2, "giver en værdi");
        assertError("text", "text_print(chat_reply(\"hej\"))", 1, "giver ikke en værdi");
        assertError("turtle", "turtle_forward(DIST=10)", 1, "DISTANCE");
        assertError("text", "text_print(\"hej)", 1, "afsluttende");
        assertError("turtle", "def f(a):\n  turtle_forward(a)\nf(1, 2)", 3, "skal have 1");
        assertError("turtle", "repeat 2:\n  def f():\n    turtle_pen_up()", 2, "helt ude til venstre");
        assertError("turtle", "x = 1\nelse:\n  x = 2", 2, "'else'");
        assertError("greenhouse", "repeat 2:\n  greenhouse_every_tick():\n    greenhouse_pump_on()", 2, "helt ude");
    }

    @Test
    void anEmptyProgramIsAnEmptyWorkspace() {
        assertThat(compile("turtle", "\n  # ingenting\n").toString()).isEqualTo("{}");
    }

    private static void assertError(String world, String script, int line, String text) {
        assertThatThrownBy(() -> compile(world, script)).isInstanceOf(BlockScriptException.class)
                .hasMessageContaining(text).satisfies(e -> assertThat(((BlockScriptException) e).line())
                        .as(e.getMessage()).isEqualTo(line));
    }

    /** Without ids and positions, with variables by name: what must agree between two saves of one program. */
    static JsonNode normalized(JsonNode workspace) {
        Map<String, String> names = new HashMap<>();
        workspace.path("variables").forEach(v -> names.put(v.get("id").asString(), v.get("name").asString()));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("blocks", strip(workspace.path("blocks").path("blocks"), names));
        Set<String> vars = new TreeSet<>(names.values());
        ArrayNode list = out.putArray("variables");
        vars.forEach(list::add);
        return out;
    }

    private static JsonNode strip(JsonNode node, Map<String, String> names) {
        if (node.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> a.add(strip(n, names)));
            return a;
        }
        if (node.isNumber()) {
            return JsonNodeFactory.instance.numberNode(node.asDouble()); // 60 read as an int, written as a long
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        node.properties().forEach(e -> {
            String k = e.getKey();
            if (k.equals("id") && e.getValue().isString() && names.containsKey(e.getValue().asString())) {
                o.put("variable", names.get(e.getValue().asString()));
            } else if (!k.equals("id") && !k.equals("x") && !k.equals("y")) {
                o.set(k, strip(e.getValue(), names));
            }
        });
        return o;
    }
}
