package dk.opdag.curriculum.model;

import java.util.List;

/** A kompetenceområde (e.g. {@code ct} Computationel tankegang) with its skill areas and goals. */
public record CompetenceArea(String id, String name, String description, List<SkillArea> skills, List<Goal> goals) {

    public CompetenceArea {
        skills = List.copyOf(skills);
        goals = List.copyOf(goals);
    }
}
