package dk.opdag.curriculum.load;

import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Framework;
import dk.opdag.curriculum.model.Goal;
import dk.opdag.curriculum.model.SkillArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one {@code frameworks/<version>.yaml}: competence areas, skill areas and goals. */
final class FrameworkReader {

    private static final Set<Integer> AFTER = Set.of(3, 6, 9);

    private final FileReport report;
    private final Ids goalIds;
    private final Ids areaIds = new Ids("et kompetenceområde");
    private final Ids skillIds = new Ids("et færdigheds- og vidensområde");

    private FrameworkReader(FileReport report, Ids goalIds) {
        this.report = report;
        this.goalIds = goalIds;
    }

    /**
     * @param fileVersion the file name without {@code .yaml}, which must equal {@code version}
     * @param goalIds     shared by all frameworks: activities name goals without their framework
     */
    static Optional<Framework> read(YamlNode root, String fileVersion, FileReport report, Ids goalIds) {
        return Fields.of(root, "", report)
                .map(file -> new FrameworkReader(report, goalIds).framework(file, fileVersion));
    }

    private Framework framework(Fields file, String fileVersion) {
        file.allowOnly("version", "name", "note", "areas");
        String version = file.text("version");
        Ids.checkSlug(version, Ids.SLUG, report, file.lineOf("version"));
        if (version != null && !version.equals(fileVersion)) {
            report.report(Rule.ID_FILENAME, file.lineOf("version"), "version er '" + version
                    + "', men filen hedder '" + fileVersion + ".yaml'; de skal være ens");
        }
        List<CompetenceArea> areas = new ArrayList<>();
        for (Fields area : file.objects("areas")) {
            area(area).ifPresent(areas::add);
        }
        return new Framework(version, file.text("name"), file.optionalText("note"), areas);
    }

    private Optional<CompetenceArea> area(Fields area) {
        area.allowOnly("id", "name", "description", "skills", "goals");
        String id = area.text("id");
        Ids.checkSlug(id, Ids.DOTTED, report, area.lineOf("id"));
        boolean unique = id != null && areaIds.add(id, report, area.lineOf("id"));
        List<SkillArea> skills = new ArrayList<>();
        for (Fields skill : area.objects("skills")) {
            skill.allowOnly("id", "name");
            String skillId = skill.text("id");
            Ids.checkSlug(skillId, Ids.DOTTED, report, skill.lineOf("id"));
            SkillArea s = new SkillArea(skillId, skill.text("name"));
            if (skillId != null && skillIds.add(skillId, report, skill.lineOf("id"))) {
                skills.add(s);
            }
        }
        List<Goal> goals = new ArrayList<>();
        for (Fields goal : area.objects("goals")) {
            goal(goal, skills).ifPresent(goals::add);
        }
        String name = area.text("name");
        String description = area.text("description");
        return unique ? Optional.of(new CompetenceArea(id, name, description, skills, goals)) : Optional.empty();
    }

    private Optional<Goal> goal(Fields goal, List<SkillArea> skills) {
        goal.allowOnly("id", "after", "skill", "text");
        String id = goal.text("id");
        Ids.checkSlug(id, Ids.DOTTED, report, goal.lineOf("id"));
        Integer after = goal.integer("after");
        if (after != null && !AFTER.contains(after)) {
            report.broken(goal.pathOf("after"), Rule.VALUE_RANGE, goal.lineOf("after"),
                    "'after' er " + after + ", men mål sættes efter 3., 6. eller 9. klasse (3, 6 eller 9)");
            after = null;
        }
        String skill = goal.text("skill");
        List<String> skillIdsHere = skills.stream().map(SkillArea::id).toList();
        if (skill != null && !skillIdsHere.contains(skill)) {
            String hint = Spelling.closest(skill, skillIdsHere).map(s -> " – mente du '" + s + "'?")
                    .orElse(" (områdets er: " + String.join(", ", skillIdsHere) + ")");
            report.report(Rule.UNKNOWN_SKILL, goal.lineOf("skill"),
                    "færdigheds- og vidensområdet '" + skill + "' findes ikke i dette kompetenceområde" + hint);
        }
        String text = goal.text("text");
        // Register even a broken goal, so activities naming it get no follow-on "unknown goal" error.
        boolean unique = id != null && goalIds.add(id, report, goal.lineOf("id"));
        if (!unique || after == null) {
            return Optional.empty();
        }
        return Optional.of(new Goal(id, after, skill, text));
    }
}
