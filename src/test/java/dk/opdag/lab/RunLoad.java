package dk.opdag.lab;

import dk.opdag.experiment.ExperimentSpec;

/**
 * The programs of issue 11, item 4: a heavy but legal one (sorting a list of 100,000 numbers as text again and again, as
 * four pupils did to occupy the pool) and a light one-liner, both in the console world.
 */
public final class RunLoad {

    public static final ExperimentSpec CONSOLE = ExperimentSpec.fromJson(
            tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree("{\"world\":\"console\",\"start\":{},\"checks\":[]}"));

    public static final String HEAVY = """
            {"blocks":{"languageVersion":0,"blocks":[
             {"type":"variables_set","id":"h1","x":0,"y":0,"fields":{"VAR":{"id":"v"}},
              "inputs":{"VALUE":{"block":{"type":"lists_repeat","id":"h2","inputs":{
                "ITEM":{"block":{"type":"math_random_int","id":"h3","inputs":{
                   "FROM":{"block":{"type":"math_number","id":"h4","fields":{"NUM":1}}},
                   "TO":{"block":{"type":"math_number","id":"h5","fields":{"NUM":1000}}}}}},
                "NUM":{"block":{"type":"math_number","id":"h6","fields":{"NUM":100000}}}}}}},
              "next":{"block":{"type":"controls_repeat_ext","id":"h7","inputs":{
                "TIMES":{"block":{"type":"math_number","id":"h8","fields":{"NUM":100000}}},
                "DO":{"block":{"type":"variables_set","id":"h9","fields":{"VAR":{"id":"v"}},"inputs":{
                  "VALUE":{"block":{"type":"lists_sort","id":"h10","fields":{"TYPE":"TEXT","DIRECTION":"-1"},
                    "inputs":{"LIST":{"block":{"type":"variables_get","id":"h11","fields":{"VAR":{"id":"v"}}}}}}}}}}}}}}
            ]},"variables":[{"name":"liste","id":"v"}]}""";

    public static final String LIGHT = """
            {"blocks":{"languageVersion":0,"blocks":[
             {"type":"text_print","id":"p1","x":0,"y":0,"inputs":{"TEXT":{"block":{"type":"text","id":"p2",
               "fields":{"TEXT":"hej"}}}}}]}}""";

    private RunLoad() {
    }
}
