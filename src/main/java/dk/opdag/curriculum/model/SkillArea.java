package dk.opdag.curriculum.model;

/** A færdigheds- og vidensområde inside a competence area, e.g. {@code ct.algoritmer}. */
public record SkillArea(String id, String name) {
}
