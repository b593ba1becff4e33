package dk.opdag.experiment.world.turtle;

import static dk.opdag.experiment.world.StartStates.clean;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Message;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.RunFacts;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.world.BlockContext;
import dk.opdag.experiment.world.WorldState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The turtle's position, pen and the lines it has drawn. */
final class TurtleState implements WorldState {

    private static final int MAX_SEGMENTS = 10_000;
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("sort", "#000000"), Map.entry("black", "#000000"),
            Map.entry("hvid", "#ffffff"), Map.entry("white", "#ffffff"),
            Map.entry("rød", "#e53935"), Map.entry("red", "#e53935"),
            Map.entry("grøn", "#43a047"), Map.entry("green", "#43a047"),
            Map.entry("blå", "#1e88e5"), Map.entry("blue", "#1e88e5"),
            Map.entry("gul", "#fdd835"), Map.entry("yellow", "#fdd835"),
            Map.entry("orange", "#fb8c00"),
            Map.entry("lilla", "#8e24aa"), Map.entry("purple", "#8e24aa"),
            Map.entry("lyserød", "#ec407a"), Map.entry("pink", "#ec407a"),
            Map.entry("brun", "#6d4c41"), Map.entry("brown", "#6d4c41"),
            Map.entry("grå", "#757575"), Map.entry("grey", "#757575"), Map.entry("gray", "#757575"));

    private double x;
    private double y;
    private double heading;
    private boolean penDown;
    private String colour;
    private final List<Segment> segments = new ArrayList<>();

    TurtleState(double x, double y, double heading, boolean penDown, String colour) {
        this.x = x;
        this.y = y;
        this.heading = normalize(heading);
        this.penDown = penDown;
        this.colour = colour;
    }

    /** A hex colour or a colour name (Danish or English) as hex; null when not a colour. */
    static String colour(String text) {
        String t = text.trim();
        if (HEX.matcher(t).matches()) {
            return t.toLowerCase(Locale.ROOT);
        }
        return NAMED.get(t.toLowerCase(Locale.ROOT));
    }

    private static double normalize(double degrees) {
        double h = degrees % 360;
        return h < 0 ? h + 360 : h;
    }

    @Override
    public void execute(Block block, BlockContext ctx) {
        switch (block.type()) {
            case "turtle_forward" -> move(ctx, ctx.number("DISTANCE", 0));
            case "turtle_backward" -> move(ctx, -ctx.number("DISTANCE", 0));
            case "turtle_turn_right" -> turn(ctx, ctx.number("DEGREES", 0));
            case "turtle_turn_left" -> turn(ctx, -ctx.number("DEGREES", 0));
            case "turtle_pen_up", "turtle_pen_down" -> {
                penDown = block.type().equals("turtle_pen_down");
                ctx.trace("pen", ctx.newData().put("down", penDown));
            }
            case "turtle_set_colour" -> {
                String requested = block.input("COLOUR") != null
                        ? ctx.text("COLOUR", "#000000")
                        : ctx.field("COLOUR", "#000000");
                String c = colour(requested);
                if (c == null) {
                    ctx.warn(Message.of("engine.turtle.unknown-colour", requested));
                    return;
                }
                colour = c;
                ctx.trace("colour", ctx.newData().put("colour", c));
            }
            default -> evaluate(block, ctx);
        }
    }

    @Override
    public Object evaluate(Block block, BlockContext ctx) {
        return switch (block.type()) {
            case "turtle_x" -> clean(x);
            case "turtle_y" -> clean(y);
            case "turtle_heading" -> clean(heading);
            default -> throw ctx.fail(Message.of("engine.turtle.unknown-block", block.type()));
        };
    }

    private void move(BlockContext ctx, double distance) {
        if (!Double.isFinite(distance)) {
            ctx.warn(Message.of("engine.turtle.cannot-move", String.valueOf(distance)));
            return;
        }
        double rad = Math.toRadians(heading);
        double nx = x + distance * Math.sin(rad);
        double ny = y + distance * Math.cos(rad);
        boolean drawn = penDown && distance != 0;
        if (drawn) {
            if (segments.size() >= MAX_SEGMENTS) {
                throw ctx.fail(Message.of("engine.turtle.too-many-lines", String.valueOf(MAX_SEGMENTS)));
            }
            segments.add(new Segment(x, y, nx, ny, colour, ctx.block().id()));
        }
        if (ctx.tracing()) {
            ObjectNode data = ctx.newData();
            data.put("x1", clean(x)).put("y1", clean(y)).put("x2", clean(nx)).put("y2", clean(ny)).put("drawn", drawn);
            if (drawn) {
                data.put("colour", colour);
            }
            ctx.trace("move", data);
        }
        x = nx;
        y = ny;
    }

    private void turn(BlockContext ctx, double degrees) {
        if (!Double.isFinite(degrees)) {
            ctx.warn(Message.of("engine.turtle.cannot-turn", String.valueOf(degrees)));
            return;
        }
        heading = normalize(heading + degrees);
        if (ctx.tracing()) {
            ctx.trace("turn", ctx.newData().put("heading", clean(heading)));
        }
    }

    @Override
    public JsonNode snapshot() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("world", "turtle");
        root.put("coordinates", "y peger op; retning 0 peger op, og et højresving øger retningen");
        ObjectNode turtle = root.putObject("turtle");
        turtle.put("x", clean(x)).put("y", clean(y)).put("heading", clean(heading)).put("penDown", penDown)
                .put("colour", colour);
        ArrayNode lines = root.putArray("segments");
        for (Segment s : segments) {
            lines.addObject().put("x1", clean(s.x1())).put("y1", clean(s.y1())).put("x2", clean(s.x2()))
                    .put("y2", clean(s.y2())).put("colour", s.colour()).put("blockId", s.blockId());
        }
        return root;
    }

    @Override
    public Optional<CheckOutcome> check(GoalCheck check, RunFacts facts) {
        return Optional.ofNullable(switch (check) {
            case TurtleChecks.Polygon c -> ShapeAnalysis.polygon(c, segments);
            case TurtleChecks.ClosedShape c -> ShapeAnalysis.closedShape(c, segments);
            case TurtleChecks.SegmentCount c -> ShapeAnalysis.segmentCount(c, segments);
            default -> null;
        });
    }
}
