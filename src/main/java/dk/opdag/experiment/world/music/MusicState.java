package dk.opdag.experiment.world.music;

import dk.opdag.experiment.Message;
import static dk.opdag.experiment.world.StartStates.clean;
import static dk.opdag.experiment.Message.decimal;

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
                    ctx.warn(Message.of("engine.music.unknown-note", name));
                    return;
                }
                add(ctx, pitch, ctx.number("BEATS", 1));
            }
            case "music_rest" -> add(ctx, null, ctx.number("BEATS", 1));
            case "music_set_tempo" -> {
                double bpm = ctx.number("BPM", 120);
                if (!(bpm >= MIN_TEMPO && bpm <= MAX_TEMPO)) {
                    ctx.warn(Message.of("engine.music.bad-tempo", String.valueOf((int) MIN_TEMPO),
                            String.valueOf((int) MAX_TEMPO)));
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
            ctx.warn(Message.of("engine.music.no-length"));
            return;
        }
        if (sounds.size() >= MAX_EVENTS) {
            throw ctx.fail(Message.of("engine.music.too-long", String.valueOf(MAX_EVENTS)));
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
            default -> throw ctx.fail(Message.of("engine.music.unknown-block", block.type()));
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
            case MusicChecks.NotesEqual c -> notesEqual(c);
            case MusicChecks.TotalBeats c -> Math.abs(beats - c.beats()) <= c.tolerance()
                    ? CheckOutcome.pass(c.type(), Message.of("engine.music.beats-ok", decimal(beats)))
                    : CheckOutcome.fail(c.type(), Message.of("engine.music.beats-wrong", decimal(beats),
                            decimal(c.beats())));
            case MusicChecks.RepeatedMotif c -> repeatedMotif(c);
            default -> null;
        });
    }

    private CheckOutcome notesEqual(MusicChecks.NotesEqual c) {
        List<Sound> played = sounds.stream().filter(s -> s.pitch() != null).toList();
        for (int i = 0; i < Math.min(played.size(), c.notes().size()); i++) {
            Pitch expected = Pitch.parse(c.notes().get(i));
            Pitch actual = played.get(i).pitch();
            if (expected == null || expected.midi() != actual.midi()) {
                return CheckOutcome.fail(c.type(), Message.of("engine.music.wrong-note", String.valueOf(i + 1),
                        c.notes().get(i), actual.name()));
            }
            if (c.beats() != null && Math.abs(c.beats().get(i) - played.get(i).beats()) > 1e-9) {
                return CheckOutcome.fail(c.type(), Message.of("engine.music.wrong-length", String.valueOf(i + 1),
                        actual.name(), decimal(c.beats().get(i)), decimal(played.get(i).beats())));
            }
        }
        if (played.size() != c.notes().size()) {
            return CheckOutcome.fail(c.type(), Message.of("engine.music.wrong-count", String.valueOf(played.size()),
                    String.valueOf(c.notes().size())));
        }
        return CheckOutcome.pass(c.type(), Message.of("engine.music.melody-ok"));
    }

    /** Is some run of {@code length} notes played {@code times} times without overlapping? Linear in the notes. */
    private CheckOutcome repeatedMotif(MusicChecks.RepeatedMotif c) {
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
                return CheckOutcome.pass(c.type(), Message.of("engine.music.motif-ok", names, String.valueOf(count)));
            }
        }
        return CheckOutcome.fail(c.type(), Message.of("engine.music.no-motif", String.valueOf(len),
                String.valueOf(c.times())));
    }
}
