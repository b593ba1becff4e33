package dk.opdag.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the engine's source: every message key it names has Danish and English text, and no Danish sentence is left
 * in the code where a pupil could see it. Author errors (a teacher's broken YAML, caught by the content check before
 * a pupil ever runs it) stay Danish and are listed here by file.
 */
class EngineMessageSourceTest {

    private static final Path ENGINE = Path.of("src/main/java/dk/opdag/experiment");

    /** Files whose Danish texts are author errors for the content check, never shown to a pupil. */
    private static final Set<String> AUTHOR_ERRORS = Set.of("check/GoalCheckParser.java", "level/LevelSpec.java",
            "ExperimentSpec.java", "world/StartStates.java", "world/Worlds.java", "world/greenhouse/DayScript.java",
            "world/data/Table.java", "world/data/DataWorld.java", "world/robot/RobotWorld.java",
            "world/text/TextWorld.java", "world/music/MusicWorld.java", "world/turtle/TurtleWorld.java",
            "world/turtle/TurtleChecks.java", "world/greenhouse/GreenhouseChecks.java", "world/music/MusicChecks.java",
            "check/CheckFields.java");

    /** Lines with Danish that is data, not a message: names pupils may type, alphabets, world names. */
    private static final List<Pattern> DATA = List.of(
            Pattern.compile("StartStateException\\("), // a malformed start state, for the teacher
            Pattern.compile("Map\\.entry\\(\""), // colour names the turtle understands
            Pattern.compile("ALPHABET = |DANISH = \""), // the Danish alphabet
            Pattern.compile("^\\s*(NORTH|EAST|SOUTH|WEST)\\(|t\\.equals\\(\"ø\"\\)"), // "nord", "øst" as input
            Pattern.compile("root\\.put\\(\"coordinates\""), // a note in the snapshot for readers of the JSON
            Pattern.compile("return \"Frit eksperiment\";")); // ConsoleWorld.displayName(), not shown in the lab

    /** A Danish letter or a common Danish word inside a string literal. */
    private static final Pattern DANISH = Pattern.compile(
            "\"[^\"]*([æøåÆØÅ]|\\b(og|ikke|er|skal|har|Flot|Blokken|Programmet|kender|blokken|mangler)\\b)[^\"]*\"");

    private static final Pattern KEY = Pattern.compile("\"(engine\\.[A-Za-z0-9_.-]+)\"");

    private static ResourceBundle danish;
    private static ResourceBundle english;
    private static Map<Path, List<String>> sources;

    @BeforeAll
    static void read() throws IOException {
        danish = ResourceBundle.getBundle(EngineMessages.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        english = ResourceBundle.getBundle(EngineMessages.BUNDLE, Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try (Stream<Path> files = Files.walk(ENGINE)) {
            sources = new java.util.TreeMap<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(p, Files.readAllLines(p));
            }
        }
        assertThat(sources).hasSizeGreaterThan(50);
    }

    private static List<String> code(List<String> lines) {
        return lines.stream().filter(l -> !l.strip().startsWith("*") && !l.strip().startsWith("/*")
                && !l.strip().startsWith("//")).map(l -> l.replaceAll("//.*$", "")).toList();
    }

    private static void hasBoth(String key, List<String> problems, String where) {
        if (!danish.containsKey(key) || !english.containsKey(key)) {
            problems.add(where + ": " + key);
        }
    }

    private static boolean anyKeyStartsWith(String prefix) {
        return danish.keySet().stream().anyMatch(k -> k.startsWith(prefix))
                && english.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    @Test
    void everyKeyTheEngineNamesHasDanishAndEnglishText() {
        List<String> problems = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        sources.forEach((path, lines) -> {
            for (String line : code(lines)) {
                Matcher m = KEY.matcher(line);
                while (m.find()) {
                    String key = m.group(1);
                    named.add(key);
                    if (key.endsWith(".")) { // a prefix completed in code, e.g. "engine.turtle.shape." + sides
                        if (!anyKeyStartsWith(key)) {
                            problems.add(path + ": no key starts with " + key);
                        }
                    } else {
                        hasBoth(key, problems, path.toString());
                    }
                }
            }
        });
        // Keys finished in code from a short word: each word at its call site names a key.
        checkSuffixes("js/Js.java", "nothingMessage\\(n, \"([a-z-]+)\"\\)", "engine.js.what.", problems);
        checkSuffixes("interpreter/", "nothingMessage\\(n, \"([a-z-]+)\"\\)", "engine.js.what.", problems);
        checkSuffixes("interpreter/", "needs\\(\"([a-z.-]+)\"\\)", "engine.js.needs.", problems);
        checkSuffixes("interpreter/TextBlocks.java", "requireText\\([^;]*, \"([a-z-]+)\"\\)", "engine.js.needs.text.",
                problems);
        checkSuffixes("interpreter/ListBlocks.java", "requireText\\([^;]*, \"([a-z-]+)\"\\)", "engine.js.needs.text.",
                problems);
        checkSuffixes("interpreter/ListBlocks.java", "requireList\\([^;]*, \"([a-z-]+)\"\\)", "engine.js.needs.list.",
                problems);
        checkSuffixes("interpreter/ListBlocks.java", "mutableList\\([^;]*, \"([a-z-]+)\"\\)",
                "engine.js.needs.list-to.", problems);
        checkSuffixes("interpreter/MathBlocks.java", "requireList\\([^;]*, \"([a-z-]+)\"\\)",
                "engine.js.needs.list-find.", problems);
        for (String when : List.of("clock", "clock-day", "hour")) {
            hasBoth("engine.greenhouse.when." + when, problems, "GreenhouseState");
            hasBoth("engine.greenhouse.when-start." + when, problems, "GreenhouseState");
        }
        for (int sides = 3; sides <= 10; sides++) {
            hasBoth("engine.turtle.shape." + sides, problems, "ShapeAnalysis");
        }
        assertThat(named).hasSizeGreaterThan(150);
        assertThat(problems).isEmpty();
    }

    private static void checkSuffixes(String under, String regex, String prefix, List<String> problems) {
        Pattern p = Pattern.compile(regex);
        int found = 0;
        for (Map.Entry<Path, List<String>> e : sources.entrySet()) {
            if (!ENGINE.relativize(e.getKey()).toString().replace('\\', '/').startsWith(under)) {
                continue;
            }
            Matcher m = p.matcher(String.join("\n", code(e.getValue())));
            while (m.find()) {
                found++;
                hasBoth(prefix + m.group(1), problems, e.getKey().toString());
            }
        }
        assertThat(found).as(regex + " in " + under).isPositive();
    }

    @Test
    void noDanishSentenceIsLeftInTheEngineWhereAPupilCouldSeeIt() {
        List<String> left = new ArrayList<>();
        sources.forEach((path, lines) -> {
            String file = ENGINE.relativize(path).toString().replace('\\', '/');
            if (AUTHOR_ERRORS.contains(file)) {
                return;
            }
            for (String line : code(lines)) {
                if (DANISH.matcher(line).find() && DATA.stream().noneMatch(d -> d.matcher(line).find())) {
                    left.add(file + ": " + line.strip());
                }
            }
        });
        assertThat(left).isEmpty();
    }

    @Test
    void literalsAreOnlyTheActivitysOwnWords() {
        List<String> literals = new ArrayList<>();
        sources.forEach((path, lines) -> {
            for (String line : code(lines)) {
                if (line.contains("Message.literal(") || line.contains("new Message(")) {
                    literals.add(ENGINE.relativize(path) + ": " + line.strip());
                }
            }
        });
        // The activity's own hint for a missing block or a hidden case, the CheckOutcome overloads for callers
        // outside the engine, and Message itself; none carries engine text.
        assertThat(literals).allMatch(l -> l.startsWith("level/RequiredBlocks.java")
                || l.startsWith("level/LevelRunner.java") && l.contains("hiddenMessage")
                || l.startsWith("CheckOutcome.java") || l.startsWith("Message.java"));
    }
}
