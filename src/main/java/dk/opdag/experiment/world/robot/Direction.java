package dk.opdag.experiment.world.robot;

import java.util.Locale;

/** Compass direction on the grid; rows grow downwards, so north is y - 1. */
enum Direction {
    NORTH(0, -1, "nord"),
    EAST(1, 0, "øst"),
    SOUTH(0, 1, "syd"),
    WEST(-1, 0, "vest");

    final int dx;
    final int dy;
    final String danish;

    Direction(int dx, int dy, String danish) {
        this.dx = dx;
        this.dy = dy;
        this.danish = danish;
    }

    Direction left() {
        return values()[(ordinal() + 3) % 4];
    }

    Direction right() {
        return values()[(ordinal() + 1) % 4];
    }

    /** Accepts English or Danish names and their first letters; null when unknown. */
    static Direction parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (Direction d : values()) {
            String en = d.name().toLowerCase(Locale.ROOT);
            if (t.equals(en) || t.equals(d.danish) || t.equals(en.substring(0, 1))
                    || (t.equals("ø") && d == EAST) || (t.equals("s") && d == SOUTH) || (t.equals("v") && d == WEST)) {
                return d;
            }
        }
        return null;
    }
}
