package dk.opdag.experiment.world.robot;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.RunFacts;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.world.BlockContext;
import dk.opdag.experiment.world.StartStateException;
import dk.opdag.experiment.world.WorldState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The maze, the robot's position and direction, and the items still lying around. */
final class RobotState implements WorldState {

    private static final int MAX_PATH = 10_000;

    private final int width;
    private final int height;
    private final boolean[][] walls;
    private final int flagX;
    private final int flagY;
    private final Set<Long> items = new LinkedHashSet<>();
    private final int itemCount;
    private final List<int[]> path = new ArrayList<>();
    private int x;
    private int y;
    private Direction direction;
    private int bumps;
    /** The bump warning is shown once per run (the replay shows every bump). */
    private boolean bumpWarned;

    private RobotState(int width, int height, boolean[][] walls, int x, int y, Direction direction, int flagX,
                       int flagY, Set<Long> items) {
        this.width = width;
        this.height = height;
        this.walls = walls;
        this.x = x;
        this.y = y;
        this.direction = direction;
        this.flagX = flagX;
        this.flagY = flagY;
        this.items.addAll(items);
        this.itemCount = items.size();
        path.add(new int[] {x, y});
    }

    static RobotState fromMap(List<String> rows, Direction direction) {
        int height = rows.size();
        int width = rows.stream().mapToInt(String::length).max().orElse(0);
        boolean[][] walls = new boolean[height][width];
        int rx = -1;
        int ry = -1;
        int fx = -1;
        int fy = -1;
        Set<Long> items = new LinkedHashSet<>();
        for (int row = 0; row < height; row++) {
            String line = rows.get(row);
            for (int col = 0; col < width; col++) {
                char c = col < line.length() ? line.charAt(col) : '#';
                switch (c) {
                    case '#' -> walls[row][col] = true;
                    case 'R', 'r' -> {
                        if (rx >= 0) {
                            throw new StartStateException("Banen må kun have én robot (R).");
                        }
                        rx = col;
                        ry = row;
                    }
                    case 'F', 'f' -> {
                        if (fx >= 0) {
                            throw new StartStateException("Banen må kun have ét flag (F).");
                        }
                        fx = col;
                        fy = row;
                    }
                    case '*' -> items.add(key(col, row));
                    case '.', ' ' -> {
                    }
                    default -> throw new StartStateException("Ukendt tegn '" + c + "' i banen. Brug # . R F og *.");
                }
            }
        }
        if (rx < 0) {
            throw new StartStateException("Banen mangler en robot (R).");
        }
        return new RobotState(width, height, walls, rx, ry, direction, fx, fy, items);
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xffffffffL);
    }

    private boolean isWall(int cx, int cy) {
        return cx < 0 || cy < 0 || cx >= width || cy >= height || walls[cy][cx];
    }

    @Override
    public boolean oneProgram() {
        return true;
    }

    @Override
    public void execute(Block block, BlockContext ctx) {
        switch (block.type()) {
            case "robot_move" -> move(ctx);
            case "robot_turn_left", "robot_turn_right" -> {
                direction = block.type().equals("robot_turn_left") ? direction.left() : direction.right();
                if (ctx.tracing()) {
                    ctx.trace("turn", ctx.newData().put("direction", direction.name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            case "robot_pick_up" -> {
                if (items.remove(key(x, y))) {
                    ctx.trace("pickup", ctx.newData().put("x", x).put("y", y));
                } else {
                    ctx.warn(Message.of("engine.robot.nothing-here"));
                    ctx.trace("pickup_nothing", ctx.newData().put("x", x).put("y", y));
                }
            }
            default -> evaluate(block, ctx);
        }
    }

    private void move(BlockContext ctx) {
        int nx = x + direction.dx;
        int ny = y + direction.dy;
        if (isWall(nx, ny)) {
            bumps++;
            if (ctx.tracing()) {
                ctx.trace("bump", ctx.newData().put("x", x).put("y", y)
                        .put("direction", direction.name().toLowerCase(java.util.Locale.ROOT)));
            }
            // Once per run, however many bumps: the replay shows each one. The text names no block, since
            // the level's toolbox may not have the one that would look for walls.
            if (!bumpWarned) {
                bumpWarned = true;
                ctx.warn(Message.of("engine.robot.bump"));
            }
            return;
        }
        x = nx;
        y = ny;
        if (path.size() < MAX_PATH) {
            path.add(new int[] {x, y});
        }
        if (ctx.tracing()) {
            ctx.trace("move", ctx.newData().put("x", x).put("y", y));
        }
    }

    @Override
    public Object evaluate(Block block, BlockContext ctx) {
        return switch (block.type()) {
            case "robot_wall_ahead" -> isWall(x + direction.dx, y + direction.dy);
            case "robot_at_flag" -> x == flagX && y == flagY;
            case "robot_item_here" -> items.contains(key(x, y));
            default -> throw ctx.fail(Message.of("engine.robot.unknown-block", block.type()));
        };
    }

    @Override
    public JsonNode snapshot() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("world", "robot").put("width", width).put("height", height);
        ArrayNode wallList = root.putArray("walls");
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                if (walls[row][col]) {
                    wallList.addArray().add(col).add(row);
                }
            }
        }
        if (flagX >= 0) {
            root.putArray("flag").add(flagX).add(flagY);
        } else {
            root.putNull("flag");
        }
        ArrayNode itemList = root.putArray("items");
        for (long k : items) {
            itemList.addArray().add((int) (k >> 32)).add((int) k);
        }
        root.put("collected", itemCount - items.size());
        root.put("bumps", bumps);
        root.putObject("robot").put("x", x).put("y", y).put("direction", direction.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode pathList = root.putArray("path");
        for (int[] p : path) {
            pathList.addArray().add(p[0]).add(p[1]);
        }
        return root;
    }

    @Override
    public Optional<CheckOutcome> check(GoalCheck check, RunFacts facts) {
        return Optional.ofNullable(switch (check) {
            case RobotChecks.ReachFlag c -> {
                if (flagX < 0) {
                    yield CheckOutcome.fail(c.type(), Message.of("engine.robot.no-flag"));
                }
                if (x == flagX && y == flagY) {
                    yield CheckOutcome.pass(c.type(), Message.of("engine.robot.flag-ok"));
                }
                int distance = Math.abs(flagX - x) + Math.abs(flagY - y);
                yield CheckOutcome.fail(c.type(), Message.of("engine.robot.flag-missed", distance,
                        String.valueOf(distance)));
            }
            case RobotChecks.CollectAllItems c -> {
                int left = items.size();
                if (left == 0) {
                    yield CheckOutcome.pass(c.type(), itemCount == 0 ? Message.of("engine.robot.no-items")
                            : Message.of("engine.robot.items-ok", itemCount, String.valueOf(itemCount)));
                }
                yield CheckOutcome.fail(c.type(), Message.of("engine.robot.items-left", itemCount,
                        String.valueOf(left), String.valueOf(itemCount)));
            }
            default -> null;
        });
    }
}
