package dk.opdag.training.content;

import java.util.List;

/** A training track: a few modules that belong together, done in order or as the teacher likes. */
public record Track(String id, String title, String summary, List<Module> modules) {

    public Track {
        modules = List.copyOf(modules);
    }

    public int minutes() {
        return modules.stream().mapToInt(Module::minutes).sum();
    }
}
