package dk.opdag.curriculum.model;

/** One step of a lesson for the teacher: what happens, and for how many minutes. */
public record Step(int minutes, String text) {
}
