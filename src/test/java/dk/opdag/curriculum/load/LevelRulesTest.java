package dk.opdag.curriculum.load;

import static dk.opdag.curriculum.load.ProblemAssert.onlyError;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Experiment;
import dk.opdag.curriculum.model.Level;
import dk.opdag.curriculum.model.LevelKind;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.level.Grade;
import dk.opdag.experiment.level.LevelRunner;
import dk.opdag.experiment.level.LevelSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules for experiments with levels, each proven by breaking a small valid leveled experiment in the base
 * fixture: its four levels climb fix → build → generalise → create, with programs in the compact form.
 */
class LevelRulesTest {

    static final String FILE = "experiments/koder-i-trin/experiment.yaml";

    static final String VALID = """
            id: koder-i-trin
            title: Koder i trin
            goal: Læs og skriv beskeder med en kode.
            grades: [4, 6]
            world: text
            toolbox: [codes_input, codes_caesar, text_print, math_number, text]
            levels:
              - id: ret
                kind: fix
                title: Ret programmet
                task: Beskeden er rykket én plads frem. Få programmet til at skrive den rigtige besked.
                start: {text: "IFK"}
                checks: [{type: output_equals, lines: ["HEJ"]}]
                idealBlocks: 3
                startProgram: |
                  text_print(codes_caesar(codes_input(), 1))
                solution: |
                  text_print(codes_caesar(codes_input(), -1))
                hints:
                  - "Kør programmet. Hvilken vej rykker det?"
                  - "Et tal under nul rykker den anden vej."
                example:
                  text: "En besked rykket to frem læses ved at rykke to tilbage."
                  start: {text: "JGL"}
                  program: |
                    text_print(codes_caesar(codes_input(), -2))
              - id: byg
                kind: build
                title: Byg programmet
                task: Byg et program, der rykker ordet 3 pladser frem og skriver det.
                start: {text: "SOL"}
                checks: [{type: output_equals, lines: ["VRO"]}]
                solution: |
                  text_print(codes_caesar(codes_input(), 3))
                hints: ["Du skal bruge tre blokke."]
                example:
                  text: "Sådan rykker et program et andet ord to pladser frem."
                  program: |
                    text_print(codes_caesar(codes_input(), 2))
              - id: alle
                kind: generalise
                title: Alle beskeder
                task: Programmet skriver bare svaret. Få det til at læse alle beskeder, der er rykket én plads frem.
                cases:
                  - name: Beskeden IFK
                    start: {text: "IFK"}
                    checks: [{type: output_equals, lines: ["HEJ"]}]
                  - hidden: true
                    start: {text: "CBE"}
                    checks: [{type: output_equals, lines: ["BAD"]}]
                startProgram: |
                  text_print("HEJ")
                solution: |
                  text_print(codes_caesar(codes_input(), -1))
                hints: ["Brug beskeden i programmet."]
                example:
                  text: "Et program, der bruger beskeden, virker for alle beskeder."
                  program: |
                    text_print(codes_input())
              - id: skab
                kind: create
                title: Din egen kode
                task: Skriv ordet som kode rykket én plads frem, og læs koden igen bagefter.
                cases:
                  - start: {text: "TAK"}
                    checks: [{type: output_equals, lines: ["UBL", "TAK"]}]
                  - hidden: true
                    start: {text: "BAD"}
                    checks: [{type: output_equals, lines: ["CBE", "BAD"]}]
                solution: |
                  text_print(codes_caesar(codes_input(), 1))
                  text_print(codes_caesar(codes_caesar(codes_input(), 1), -1))
                hints: ["Du skal bruge to skriv-blokke."]
                example:
                  text: "Her rykker et program et ord to pladser frem."
                  program: |
                    text_print(codes_caesar(codes_input(), 2))
            """;

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void addLeveledExperiment() {
        fixture = Fixture.copyOfBase(temp).write(FILE, VALID)
                // Used in a lesson step of a 4.–6. activity, as every experiment must be (experiment-unused).
                .replace(Fixture.MADPAKKE, "experiments: []", "experiments: [koder-i-trin]")
                .replace(Fixture.MADPAKKE, "          text: \"Grupperne tæller og tegner.\"",
                        "          experiment: koder-i-trin\n          text: \"Grupperne tæller og tegner.\"");
    }

    private int line(String text) {
        return fixture.lineOf(FILE, text);
    }

    /** The first line containing {@code text} after the line containing {@code anchor}. */
    private int lineAfter(String anchor, String text) {
        java.util.List<String> lines = fixture.read(FILE).lines().toList();
        for (int i = line(anchor); i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    /** Replaces text in the experiment's one file. */
    private void replace(String from, String to) {
        fixture.replace(FILE, from, to);
    }

    @Test
    void readsLevelsWithTheirProgramsCompiledToBlocklyJson() {
        LoadResult result = fixture.load();
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        Experiment e = result.curriculum().experiment("koder-i-trin").orElseThrow();
        assertThat(e.levels()).extracting(Level::id).containsExactly("ret", "byg", "alle", "skab");
        assertThat(e.levels()).extracting(Level::kind).containsExactly(LevelKind.FIX, LevelKind.BUILD,
                LevelKind.GENERALISE, LevelKind.CREATE);
        assertThat(e.legacyLevel()).isEqualTo("ret"); // none named: the first level
        Level first = e.first();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.startWorkspace()).contains("\"codes_caesar\"").contains("\"NUM\":1");
        assertThat(first.solution()).contains("\"NUM\":-1");
        assertThat(first.example().workspace()).contains("\"NUM\":-2");
        assertThat(e.level("byg").orElseThrow().startWorkspace()).isEqualTo("{}");
        // The spec the lab runs: the solution is perfect on every case, hidden ones included.
        LevelSpec spec = LevelSpec.fromJson(e.level("alle").orElseThrow().spec());
        assertThat(spec.cases()).hasSize(2);
        assertThat(LevelRunner.run(spec, e.level("alle").orElseThrow().solution(), Limits.DEFAULT).grade())
                .isEqualTo(Grade.PERFECT);
    }

    @Test
    void fourToEightLevels() {
        int from = VALID.indexOf("  - id: skab");
        fixture.write(FILE, VALID.substring(0, from));
        Problem p = onlyError(fixture.load(), Rule.LEVEL_COUNT, FILE, line("levels:"));
        assertThat(p.message()).contains("4–8").contains("3");
    }

    @Test
    void kindsClimbFromFixToCreate() {
        replace("    kind: build", "    kind: create");
        Problem p = onlyError(fixture.load(), Rule.LEVEL_KIND, FILE, line("  - id: alle"));
        assertThat(p.message()).contains("'generalise' efter 'create'");
    }

    @Test
    void aGeneraliseLevelHidesACase() {
        replace("      - hidden: true\n        start: {text: \"CBE\"}", "      - start: {text: \"CBE\"}");
        Problem p = onlyError(fixture.load(), Rule.LEVEL_GENERALISE, FILE, line("  - id: alle"));
        assertThat(p.message()).contains("skjult");
    }

    @Test
    void aHintMayNotNameTheDistinguishingValue() {
        replace("      - \"Et tal under nul rykker den anden vej.\"", "      - \"Skift 1 ud med -1.\"");
        Problem p = onlyError(fixture.load(), Rule.HINT_GIVES_ANSWER, FILE, line("    hints:"));
        assertThat(p.message()).contains("hint 2").contains("-1");
    }

    @Test
    void numberWordsAndMinusCountToo() {
        replace("      - \"Et tal under nul rykker den anden vej.\"", "      - \"Ryk minus én plads.\"");
        onlyError(fixture.load(), Rule.HINT_GIVES_ANSWER, FILE, line("    hints:"));
    }

    @Test
    void aValueTheTaskStatesIsNoSecret() {
        // Level 2's solution uses 3, and its task says "3 pladser": a hint may repeat it.
        replace("    hints: [\"Du skal bruge tre blokke.\"]", "    hints: [\"Ryk 3 pladser.\"]");
        assertThat(fixture.load().errors()).isEmpty();
    }

    @Test
    void theWorkedExampleIsAnotherCase() {
        replace("      start: {text: \"JGL\"}", "      start: {text: \"IFK\"}");
        Problem p = onlyError(fixture.load(), Rule.EXAMPLE_CASE, FILE, line("      program: |"));
        assertThat(p.message()).contains("samme");
    }

    @Test
    void theWorkedExampleMayNotSolveTheLevel() {
        replace("      text: \"Her rykker et program et ord to pladser frem.\"\n      program: |\n"
                        + "        text_print(codes_caesar(codes_input(), 2))",
                "      text: \"Her skriver et program ordet som kode og læser det igen.\"\n      program: |\n"
                        + "        text_print(codes_caesar(codes_input(), 30))\n"
                        + "        text_print(codes_caesar(codes_caesar(codes_input(), 30), -30))");
        Problem p = onlyError(fixture.load(), Rule.EXAMPLE_SOLVES_LEVEL, FILE,
                line("Her skriver et program ordet som kode") + 1);
        assertThat(p.message()).contains("niveau 4");
    }

    @Test
    void everyLevelEndsItsHintLadderWithAWorkedExample() {
        replace("""
                    example:
                      text: "Et program, der bruger beskeden, virker for alle beskeder."
                      program: |
                        text_print(codes_input())
                """, "");
        Problem p = onlyError(fixture.load(), Rule.HINTS_MISSING, FILE, line("    hints: [\"Brug beskeden"));
        assertThat(p.message()).contains("gennemregnede eksempel");
    }

    @Test
    void theSolutionMustBePerfect() {
        replace("    idealBlocks: 3", "    idealBlocks: 2");
        Problem p = onlyError(fixture.load(), Rule.SOLUTION_NOT_PERFECT, FILE, line("    solution: |"));
        assertThat(p.message()).contains("færre blokke");
    }

    @Test
    void theSolutionMustPassTheHiddenCasesToo() {
        replace("checks: [{type: output_equals, lines: [\"BAD\"]}]", "checks: [{type: output_equals, lines: [\"BAL\"]}]");
        Problem p = onlyError(fixture.load(), Rule.SOLUTION_FAILS, FILE, fixture.lineOf(FILE, "text_print(\"HEJ\")") + 1);
        assertThat(p.message()).contains("niveau 3 (alle)");
    }

    @Test
    void everyStartMustFail() {
        replace("      text_print(\"HEJ\")", "      text_print(codes_caesar(codes_input(), -1))");
        Problem p = onlyError(fixture.load(), Rule.START_PASSES, FILE, lineAfter("  - id: alle", "    startProgram: |"));
        assertThat(p.message()).contains("startprogrammet klarer allerede");
    }

    @Test
    void aBrokenProgramNamesItsLineInTheFile() {
        replace("      text_print(codes_caesar(codes_input(), 3))", "      text_print(codes_caesar(codes_inpt(), 3))");
        Problem p = onlyError(fixture.load(), Rule.BLOCK_SCRIPT, FILE, line("codes_inpt()"));
        assertThat(p.message()).contains("niveau 2 (byg)").contains("mente du 'codes_input'");
    }

    @Test
    void theLegacyLevelMustExist() {
        replace("world: text\n", "world: text\nlegacyLevel: findes-ikke\n");
        onlyError(fixture.load(), Rule.UNKNOWN_LEVEL, FILE, line("legacyLevel"));
    }

    @Test
    void aRequiredBlockMustBeInTheToolbox() {
        replace("    startProgram: |\n      text_print(\"HEJ\")",
                "    required: [controls_repeat_ext]\n    startProgram: |\n      text_print(\"HEJ\")");
        LoadResult result = fixture.load();
        // The solution has no loop, so it fails too: both problems are named.
        assertThat(result.errors()).extracting(Problem::rule).contains(Rule.REQUIRED_BLOCK_NOT_OFFERED.id());
    }
}
