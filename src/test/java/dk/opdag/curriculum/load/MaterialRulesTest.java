package dk.opdag.curriculum.load;

import static dk.opdag.curriculum.load.Fixture.ROBOT;
import static dk.opdag.curriculum.load.ProblemAssert.onlyError;
import static org.assertj.core.api.Assertions.assertThat;

import dk.opdag.curriculum.model.Material;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Print materials: every material an activity names exists, and what an activity mentions it ships. */
class MaterialRulesTest {

    static final String CARDS = "materials/robot-paa-gulvet/pilekort.yaml";
    static final String CARDS_YAML = """
            id: pilekort
            title: Pilekort
            kind: cards
            copies: "1 ark pr. gruppe"
            perPage: 4
            cards:
              - title: FREM
                lines: ["Gå ét felt frem."]
              - title: VENSTRE
            """;

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void copyBase() {
        fixture = Fixture.copyOfBase(temp);
    }

    private Fixture withCards() {
        return fixture.write(CARDS, CARDS_YAML).replace(ROBOT, "  - \"Tape til et gitter på gulvet\"",
                "  - \"Tape til et gitter på gulvet\"\n  - text: \"Kort med pile (kopiark)\"\n    print: pilekort");
    }

    private static Stream<Problem> all(LoadResult result) {
        return Stream.concat(result.errors().stream(), result.warnings().stream());
    }

    @Test
    void aShippedMaterialIsReadAndBelongsToItsActivity() {
        LoadResult result = withCards().load();

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        Material cards = result.curriculum().materialsOf("robot-paa-gulvet").getFirst();
        assertThat(cards.kind()).isEqualTo(Material.Kind.CARDS);
        assertThat(cards.perPage()).isEqualTo(4);
        assertThat(cards.cards()).extracting(Material.Card::title).containsExactly("FREM", "VENSTRE");
        assertThat(result.curriculum().activity("robot-paa-gulvet").orElseThrow().materials())
                .contains("Kort med pile (kopiark)");
    }

    @Test
    void aPrintIdWithoutAFileIsRefused() {
        withCards().delete(CARDS);

        Problem p = onlyError(fixture.load(), Rule.UNKNOWN_MATERIAL, ROBOT, fixture.lineOf(ROBOT, "text: \"Kort med pile"));
        assertThat(p.message()).isEqualTo("'materials[2]' nævner materialet 'pilekort', men der er ingen "
                + "materials/robot-paa-gulvet/pilekort.yaml");
    }

    @Test
    void anEntryThatMentionsAKopiarkItDoesNotShipIsRefused() {
        fixture.replace(ROBOT, "  - \"Tape til et gitter på gulvet\"",
                "  - \"Tape til et gitter på gulvet\"\n  - \"Ansøgerkort med opdigtede unge\"");

        Problem p = onlyError(fixture.load(), Rule.MATERIAL_NOT_SHIPPED, ROBOT, fixture.lineOf(ROBOT, "Ansøgerkort"));
        assertThat(p.message()).isEqualTo("'materials[2]' nævner 'ansøgerkort', men forløbet leverer det ikke: læg det i "
                + "materials/robot-paa-gulvet/<id>.yaml og skriv {text: ..., print: <id>}");
    }

    @Test
    void thingsToBuyOrBringAreNotPrintMaterials() {
        assertThat(MaterialChecks.mentionedPrintable("Post-its, A3-ark og tusser")).isEmpty();
        assertThat(MaterialChecks.mentionedPrintable("Computer med regneark")).isEmpty();
        assertThat(MaterialChecks.mentionedPrintable("Kort tekst om Enigma (læreren vælger)")).isEmpty();
        assertThat(MaterialChecks.mentionedPrintable("Terninger til lodtrækning")).isEmpty();
        assertThat(MaterialChecks.mentionedPrintable("Kort med tal til at hænge om halsen")).contains("kort med");
        assertThat(MaterialChecks.mentionedPrintable("Måleskema (kopiark)")).contains("måleskema");
        assertThat(MaterialChecks.mentionedPrintable("Datasæt med temperaturer")).contains("datasæt");
        assertThat(MaterialChecks.mentionedPrintable("Tre opdigtede breve")).contains("opdigtede");
        assertThat(MaterialChecks.mentionedPrintable("Tre skilte til rollespil")).contains("skilte");
    }

    @Test
    void aMaterialNoEntryNamesIsReported() {
        fixture.write(CARDS, CARDS_YAML);

        Problem p = onlyError(fixture.load(), Rule.UNUSED_MATERIAL, CARDS, 1);
        assertThat(p.message()).contains("print: pilekort");
    }

    @Test
    void materialsForAnActivityThatDoesNotExistAreReported() {
        fixture.write("materials/findes-ikke/ark.yaml", CARDS_YAML.replace("id: pilekort", "id: ark"));

        Problem p = onlyError(fixture.load(), Rule.MATERIAL_ACTIVITY, "materials/findes-ikke/ark.yaml", null);
        assertThat(p.message()).contains("findes-ikke");
    }

    @Test
    void cardsPerSheetMustFitTheLayouts() {
        withCards().replace(CARDS, "perPage: 4", "perPage: 7");

        Problem p = onlyError(fixture.load(), Rule.VALUE_RANGE, CARDS, fixture.lineOf(CARDS, "perPage"));
        assertThat(p.message()).contains("4, 6, 8, 9 eller 12");
    }

    @Test
    void everyRowOfATableHasACellPerColumn() {
        fixture.write("materials/robot-paa-gulvet/data.yaml", """
                id: data
                title: Data
                kind: dataset
                copies: "1 pr. gruppe"
                columns: [Navn, Alder]
                rows:
                  - [Ada, 11]
                  - [Bo]
                """).replace(ROBOT, "  - \"Tape til et gitter på gulvet\"",
                "  - \"Tape til et gitter på gulvet\"\n  - {text: \"Datasæt\", print: data}");

        Problem p = onlyError(fixture.load(), Rule.WRONG_TYPE, "materials/robot-paa-gulvet/data.yaml", 6);
        assertThat(p.message()).isEqualTo("række 2 i 'rows' har 1 celler, men der er 2 kolonner");
    }

    @Test
    void aTeachersOwnActivityMayMentionKopiarkItAttachesItself() {
        String own = fixture.read(ROBOT).replace("  - \"Tape til et gitter på gulvet\"",
                "  - \"Tape til et gitter på gulvet\"\n  - \"Mit eget kopiark\"");
        LoadResult result = CurriculumLoader.checkActivity("curriculum-fixtures/base", "robot-paa-gulvet",
                own.getBytes(StandardCharsets.UTF_8));
        assertThat(all(result).map(Problem::rule)).doesNotContain(Rule.MATERIAL_NOT_SHIPPED.id());
    }
}
