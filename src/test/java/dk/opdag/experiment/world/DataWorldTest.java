package dk.opdag.experiment.world;

import static dk.opdag.experiment.TestBlocks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.RunResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class DataWorldTest {

    private static final String STREAMING = """
            {"tables": {
               "visninger": {"columns": ["titel", "genre", "minutter"],
                             "rows": [["Frost", "Animation", 102], ["Coco", "animation", 105],
                                      ["Matilda", "Familie", 98], ["Toy Story", "Animation", 81]]},
               "katalog":   {"columns": ["titel", "genre"],
                             "rows": [{"titel": "Frost", "genre": "Animation"}, {"titel": "Up", "genre": "Animation"},
                                      {"titel": "Paddington", "genre": "Familie"}, {"titel": "Wall-E", "genre": "Animation"}]}},
             "main": "visninger", "catalog": "katalog"}
            """;

    private static ObjectNode filter(String column, String op, ObjectNode value) {
        return input(field(field(block("data_filter"), "COLUMN", column), "OP", op), "VALUE", value);
    }

    private static ObjectNode answer(ObjectNode value) {
        return input(block("data_answer"), "VALUE", value);
    }

    @Test
    void filterAndCountAnswersTheQuestion() {
        ObjectNode count = input(block("data_count"), "ROWS", filter("genre", "EQ", txt("animation")));
        RunResult r = Engine.run(spec("data", STREAMING, "[{\"type\":\"answer_equals\",\"value\":3}]"),
                program(answer(count)));
        assertThat(r.passed()).isTrue();
        assertThat(r.finalWorld().path("answer").asInt()).isEqualTo(3);
    }

    @Test
    void wrongAnswerFailsWithoutRevealingTheRightOne() {
        ObjectNode count = input(block("data_count"), "ROWS", filter("minutter", "GT", num(100)));
        RunResult r = Engine.run(spec("data", STREAMING, "[{\"type\":\"answer_equals\",\"value\":3}]"),
                program(answer(count)));
        assertThat(r.passed()).isFalse();
        assertThat(r.checks().getFirst().message()).contains("Dit svar var 2").doesNotContain("3");
    }

    @Test
    void averageSortColumnAndMostCommon() {
        ObjectNode average = field(block("data_average"), "COLUMN", "minutter");
        ObjectNode sorted = field(field(block("data_sort"), "COLUMN", "minutter"), "DIRECTION", "DESC");
        ObjectNode titles = input(field(block("data_column"), "COLUMN", "titel"), "ROWS", sorted);
        ObjectNode common = field(block("data_most_common"), "COLUMN", "genre");
        ObjectNode firstRow = input(field(field(block("lists_getIndex"), "MODE", "GET"), "WHERE", "FIRST"), "VALUE",
                block("data_rows"));
        ObjectNode first = field(input(block("data_get"), "ROW", firstRow), "COLUMN", "titel");
        RunResult r = Engine.run(spec("data", STREAMING, "[]"),
                program(print(average), print(titles), print(common), print(first)));
        assertThat(r.output()).containsExactly("96.5", "Coco,Frost,Matilda,Toy Story", "Animation", "Frost");
    }

    @Test
    void recommendationSuggestsUnseenTitlesOfTheFavouriteGenre() {
        ObjectNode recommend = field(block("data_recommend"), "COLUMN", "genre");
        RunResult r = Engine.run(spec("data", STREAMING,
                "[{\"type\":\"answer_equals\",\"value\":[\"Up\",\"Wall-E\"]}]"), program(answer(recommend)));
        assertThat(r.passed()).isTrue();
        assertThat(r.trace()).anySatisfy(e -> assertThat(e.kind()).isEqualTo("recommend"));
    }

    @Test
    void unknownColumnIsAFriendlyError() {
        RunResult r = Engine.run(spec("data", STREAMING, "[]"),
                program(print(field(block("data_average"), "COLUMN", "pris"))));
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("\"pris\"").contains("titel, genre"));
    }

    @Test
    void singleTableShortFormAndRowsPrintReadably() {
        RunResult r = Engine.run(spec("data", "{\"columns\":[\"navn\",\"alder\"],\"rows\":[[\"Ida\",11]]}", "[]"),
                program(print(block("data_rows"))));
        assertThat(r.output()).containsExactly("{navn: Ida, alder: 11}");
    }
}
