package dk.opdag.experiment.world.music;

import static dk.opdag.experiment.world.StartStates.clean;
import static dk.opdag.experiment.world.StartStates.danish;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.RunFacts;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.world.BlockContext;
import dk.opdag.experiment.world.WorldState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The tune so far: notes and rests with their start beat, and the current tempo. */
final class MusicState implements WorldState {

    static final double MIN_TEMPO = 20;
    static final double MAX_TEMPO = 400;
    private static final int MAX_EVENTS = 5_000;

    /** A note (pitch set) or a rest (pitch null). */
    record Sound(Pitch pitch, double beats, double startBeat, double startSecond, String blockId) {
    }

    private final List<Sound> sounds = new ArrayList<>();
    private double tempo;
    private double beats;
    private double seconds;

    MusicState(double tempo) {
        this.tempo = tempo;
    }

    @Override
    public void execute(Block block, BlockContext ctx) {
        switch (block.type()) {
            case "music_play_note" -> {
                String name = block.input("NOTE") != null ? ctx.text("NOTE", "C4") : ctx.field("NOTE", "C4");
                Pitch pitch = Pitch.parse(name);
                if (pitch == null) {
                    ctx.warn("Noden \"" + name + "\" kender jeg ikke. Skriv et bogstav fra A til G og et tal, fx C4.");
                    return;
                }
                add(ctx, pitch, ctx.number("BEATS", 1));
            }
            case "music_rest" -> add(ctx, null, ctx.number("BEATS", 1));
            case "music_set_tempo" -> {
                double bpm = ctx.number("BPM", 120);
                if (!(bpm >= MIN_TEMPO && bpm <= MAX_TEMPO)) {
                    ctx.warn("Tempoet skal være mellem " + (int) MIN_TEMPO + " og " + (int) MAX_TEMPO
                            + " slag i minuttet, så det blev ikke ændret.");
                    return;
                }
                tempo = bpm;
                ctx.trace("tempo", ctx.newData().put("bpm", bpm));
            }
            default -> evaluate(block, ctx);
        }
    }

    private void add(BlockContext ctx, Pitch pitch, double length) {
        if (!(length > 0) || Double.isInfinite(length)) {
            ctx.warn("En node eller pause skal vare mere end 0 slag, så den blev sprunget over.");
            return;
        }
        if (sounds.size() >= MAX_EVENTS) {
            throw ctx.fail("Melodien er blevet for lang (mere end " + MAX_EVENTS + " noder og pauser).");
        }
        sounds.add(new Sound(pitch, length, beats, seconds, ctx.block().id()));
        ObjectNode data = ctx.newData().put("beats", length).put("startBeat", clean(beats))
                .put("startSecond", clean(seconds)).put("tempo", tempo);
        if (pitch != null) {
            data.put("note", pitch.name()).put("midi", pitch.midi()).put("frequency", clean(pitch.frequency()));
        }
        ctx.trace(pitch == null ? "rest" : "note", data);
        beats += length;
        seconds += length * 60 / tempo;
    }

    @Override
    public Object evaluate(Block block, BlockContext ctx) {
        return switch (block.type()) {
            case "music_tempo" -> tempo;
            case "music_beats" -> clean(beats);
            default -> throw ctx.fail("Musikverdenen kender ikke blokken \"" + block.type() + "\".");
        };
    }

    @Override
    public JsonNode snapshot() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("world", "music").put("tempo", tempo).put("totalBeats", clean(beats))
                .put("seconds", clean(seconds));
        ArrayNode list = root.putArray("events");
        for (Sound s : sounds) {
            ObjectNode e = list.addObject();
            e.put("kind", s.pitch() == null ? "rest" : "note");
            if (s.pitch() != null) {
                e.put("note", s.pitch().name()).put("midi", s.pitch().midi());
            }
            e.put("beats", s.beats()).put("startBeat", clean(s.startBeat()))
                    .put("startSecond", clean(s.startSecond())).put("blockId", s.blockId());
        }
        return root;
    }

    private List<Pitch> notes() {
        return sounds.stream().map(Sound::pitch).filter(p -> p != null).toList();
    }

    @Override
    public Optional<CheckOutcome> check(GoalCheck check, RunFacts facts) {
        return Optional.ofNullable(switch (check) {
            case GoalCheck.NotesEqual c -> notesEqual(c);
            case GoalCheck.TotalBeats c -> Math.abs(beats - c.beats()) <= c.tolerance()
                    ? CheckOutcome.pass(c.type(), "Flot! Musikken varer " + danish(beats) + " slag.")
                    : CheckOutcome.fail(c.type(), "Musikken varer " + danish(beats) + " slag, men den skal vare "
                            + danish(c.beats()) + " slag.");
            case GoalCheck.RepeatedMotif c -> repeatedMotif(c);
            default -> null;
        });
    }

    private CheckOutcome notesEqual(GoalCheck.NotesEqual c) {
        List<Sound> played = sounds.stream().filter(s -> s.pitch() != null).toList();
        for (int i = 0; i < Math.min(played.size(), c.notes().size()); i++) {
            Pitch expected = Pitch.parse(c.notes().get(i));
            Pitch actual = played.get(i).pitch();
            if (expected == null || expected.midi() != actual.midi()) {
                return CheckOutcome.fail(c.type(), "Node " + (i + 1) + " skulle være " + c.notes().get(i)
                        + ", men du spillede " + actual.name() + ".");
            }
            if (c.beats() != null && Math.abs(c.beats().get(i) - played.get(i).beats()) > 1e-9) {
                return CheckOutcome.fail(c.type(), "Node " + (i + 1) + " (" + actual.name() + ") skulle vare "
                        + danish(c.beats().get(i)) + " slag, men varede " + danish(played.get(i).beats()) + ".");
            }
        }
        if (played.size() != c.notes().size()) {
            return CheckOutcome.fail(c.type(), "Du spillede " + played.size() + " noder, men melodien har "
                    + c.notes().size() + ".");
        }
        return CheckOutcome.pass(c.type(), "Flot! Du spillede melodien helt rigtigt.");
    }

    /** Is some run of {@code length} notes played {@code times} times without overlapping? Linear in the notes. */
    private CheckOutcome repeatedMotif(GoalCheck.RepeatedMotif c) {
        List<Pitch> notes = notes();
        int len = c.length();
        java.util.Map<List<Integer>, List<Integer>> starts = new java.util.LinkedHashMap<>();
        for (int start = 0; start + len <= notes.size(); start++) {
            List<Integer> motif = notes.subList(start, start + len).stream().map(Pitch::midi).toList();
            starts.computeIfAbsent(motif, k -> new ArrayList<>()).add(start);
        }
        for (java.util.Map.Entry<List<Integer>, List<Integer>> e : starts.entrySet()) {
            int count = 0;
            int free = 0;
            for (int at : e.getValue()) {
                if (at >= free) {
                    count++;
                    free = at + Math.max(len, 1);
                }
            }
            if (count >= c.times()) {
                int first = e.getValue().getFirst();
                String names = notes.subList(first, first + len).stream().map(Pitch::name)
                        .collect(Collectors.joining(" "));
                return CheckOutcome.pass(c.type(), "Flot! Motivet " + names + " bliver spillet " + count + " gange.");
            }
        }
        return CheckOutcome.fail(c.type(), "Jeg kan ikke finde et motiv på " + len + " noder, der bliver spillet "
                + c.times() + " gange. Prøv at gentage et stykke af melodien med en løkke.");
    }
}
