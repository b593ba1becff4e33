package dk.opdag.curriculum.model;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One short performance task of the barometer's measurement ("måling"), from {@code barometer/<band>.yaml}: either a
 * tiny block program the engine checks (a level with one goal) or a "hvad gør dette program?" question with 3–4
 * options. Each task measures one competence area of the goal framework.
 *
 * @param id          slug, unique across the bands; stable (pupils' answers are stored under it)
 * @param band        the grade band the task is written for
 * @param number      1-based position in its band
 * @param kind        program or choice
 * @param area        competence area id ({@code ct}, {@code dd}, {@code dm}, {@code th})
 * @param title       short, for the pupil
 * @param text        the task or the question, for the pupil
 * @param world       the world the program runs in (for a choice: whose blocks the shown program uses)
 * @param spec        program: what {@code LevelSpec.fromJson} reads; null for a choice
 * @param toolbox     program: Blockly toolbox JSON; null for a choice
 * @param workspace   program: the start workspace; choice: the program shown read-only (Blockly JSON)
 * @param solution    program: the reference solution (staff only); null for a choice
 * @param options     choice: 3–4 answers; empty for a program
 * @param answer      choice: 0-based index of the right option; -1 for a program
 * @param explanation choice: why the right answer is right, shown after answering; null for a program
 */
public record MeasureTask(String id, GradeBand band, int number, Kind kind, String area, String title, String text,
                          String world, JsonNode spec, JsonNode toolbox, String workspace, String solution,
                          List<String> options, int answer, String explanation) {

    public enum Kind {
        PROGRAM, CHOICE;

        public String yaml() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public MeasureTask {
        options = List.copyOf(options);
    }
}
