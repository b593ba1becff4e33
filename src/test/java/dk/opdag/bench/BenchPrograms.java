package dk.opdag.bench;

import dk.opdag.experiment.ExperimentSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine benchmark's fixed programs ({@code src/test/resources/bench/engine/programs.json}, written by
 * {@code tools/bench/programs.mjs}); {@code tools/bench/engine-bench.mjs} runs the same files in js-interpreter.
 */
final class BenchPrograms {

    /** One program: its experiment spec and workspace JSON. */
    record Program(String name, ExperimentSpec spec, String workspace) {
    }

    private BenchPrograms() {
    }

    static List<Program> all() {
        JsonNode manifest = JsonMapper.builder().build().readTree(resource("programs.json"));
        List<Program> programs = new ArrayList<>();
        for (JsonNode entry : manifest) {
            programs.add(new Program(entry.get("name").asString(), ExperimentSpec.fromJson(entry),
                    resource(entry.get("workspace").asString())));
        }
        return programs;
    }

    static Program named(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no benchmark program " + name));
    }

    private static String resource(String name) {
        try (InputStream in = BenchPrograms.class.getResourceAsStream("/bench/engine/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing /bench/engine/" + name + "; run tools/bench/programs.mjs");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
