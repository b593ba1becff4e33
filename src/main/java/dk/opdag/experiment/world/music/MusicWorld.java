package dk.opdag.experiment.world.music;

import dk.opdag.experiment.check.CheckFields;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.world.StartStateException;
import dk.opdag.experiment.world.StartStates;
import dk.opdag.experiment.world.World;
import dk.opdag.experiment.world.WorldState;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Music: notes, rests and tempo. Start state (optional): {@code {"tempo": 120}}.
 *
 * <p>Blocks: {@code music_play_note} (NOTE as text input or field, e.g. "C4"; BEATS), {@code music_rest} (BEATS),
 * {@code music_set_tempo} (BPM), and the values {@code music_tempo} and {@code music_beats} (beats played so far).
 * Checks: {@code notes_equal}, {@code total_beats}, {@code repeated_motif}.
 */
public final class MusicWorld implements World {

    @Override
    public String id() {
        return "music";
    }

    @Override
    public String displayName() {
        return "Musik";
    }

    @Override
    public Optional<String> drawing() {
        return Optional.of("./opdag-world/music.js");
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("notes_equal", "total_beats", "repeated_motif");
    }

    @Override
    public Optional<GoalCheck> readCheck(String type, CheckFields fields) {
        return MusicChecks.read(type, fields);
    }

    @Override
    public WorldState create(JsonNode start, long seed) {
        double tempo = StartStates.number(start, "tempo", 120);
        if (tempo < MusicState.MIN_TEMPO || tempo > MusicState.MAX_TEMPO) {
            throw new StartStateException("'tempo' skal være mellem " + (int) MusicState.MIN_TEMPO + " og "
                    + (int) MusicState.MAX_TEMPO + " slag i minuttet.");
        }
        return new MusicState(tempo);
    }
}
