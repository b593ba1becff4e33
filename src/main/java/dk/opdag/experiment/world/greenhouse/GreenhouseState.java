package dk.opdag.experiment.world.greenhouse;

import static dk.opdag.experiment.world.StartStates.clean;
import static dk.opdag.experiment.Message.decimal;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Message;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.RunFacts;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.world.BlockContext;
import dk.opdag.experiment.world.ProgramDriver;
import dk.opdag.experiment.world.WorldState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Actuators, soil moisture and the log of every simulated hour. */
final class GreenhouseState implements WorldState {

    /** What one hour looked like after the program's rule had acted. */
    record Hour(int tick, double temperature, double daylight, double light, double moisture, boolean window,
                boolean lamp, boolean pump) {
    }

    private final DayScript day;
    private final List<Hour> log = new ArrayList<>();
    private int tick;
    private double moisture;
    private boolean window;
    private boolean lamp;
    private boolean pump;
    private boolean noHandler;

    GreenhouseState(DayScript day) {
        this.day = day;
        this.moisture = day.startMoisture();
    }

    @Override
    public Set<String> hatBlockTypes() {
        return Set.of(GreenhouseWorld.EVERY_TICK);
    }

    @Override
    public void run(ProgramDriver driver) {
        driver.runMain();
        noHandler = !driver.hasHandlers(GreenhouseWorld.EVERY_TICK);
        for (tick = 0; tick < day.ticks(); tick++) {
            driver.runHandlers(GreenhouseWorld.EVERY_TICK);
            double temperature = day.temperature()[tick] - (window ? day.cooling() : 0);
            moisture = Math.max(0, Math.min(100, moisture - day.evaporation()[tick] + (pump ? day.pumpWater() : 0)));
            double light = day.daylight()[tick] + (lamp ? day.lampLight() : 0);
            Hour hour = new Hour(tick, temperature, day.daylight()[tick], light, moisture, window, lamp, pump);
            log.add(hour);
            driver.trace("tick", hourJson(JsonNodeFactory.instance.objectNode(), hour));
        }
        tick = day.ticks() - 1;
    }

    @Override
    public void execute(Block block, BlockContext ctx) {
        switch (block.type()) {
            case "greenhouse_open_window", "greenhouse_close_window" -> {
                window = block.type().equals("greenhouse_open_window");
                ctx.trace("window", data(ctx).put("open", window));
            }
            case "greenhouse_lamp_on", "greenhouse_lamp_off" -> {
                lamp = block.type().equals("greenhouse_lamp_on");
                ctx.trace("lamp", data(ctx).put("on", lamp));
            }
            case "greenhouse_pump_on", "greenhouse_pump_off" -> {
                pump = block.type().equals("greenhouse_pump_on");
                ctx.trace("pump", data(ctx).put("on", pump));
            }
            case GreenhouseWorld.EVERY_TICK ->
                    ctx.warn(Message.of("engine.greenhouse.every-hour-nested"));
            default -> evaluate(block, ctx);
        }
    }

    private ObjectNode data(BlockContext ctx) {
        return ctx.newData().put("tick", Math.max(tick, 0));
    }

    @Override
    public Object evaluate(Block block, BlockContext ctx) {
        int t = Math.max(0, Math.min(tick, day.ticks() - 1));
        return switch (block.type()) {
            case "greenhouse_temperature" -> day.temperature()[t];
            case "greenhouse_light" -> day.daylight()[t];
            case "greenhouse_moisture" -> clean(moisture);
            case "greenhouse_hour" -> (double) t;
            case "greenhouse_window_is_open" -> window;
            case "greenhouse_lamp_is_on" -> lamp;
            case "greenhouse_pump_is_on" -> pump;
            default -> throw ctx.fail(Message.of("engine.greenhouse.unknown-block", block.type()));
        };
    }

    /**
     * "kl. 13", "kl. 13 på dag 2" for days of 24 ticks, otherwise "i time 5"; {@code start} for the form that begins
     * a sentence ("Kl. 13").
     */
    private Message when(int t, boolean start) {
        String key = start ? "engine.greenhouse.when-start." : "engine.greenhouse.when.";
        if (day.ticks() % 24 == 0) {
            return day.ticks() > 24
                    ? Message.of(key + "clock-day", String.valueOf(t % 24), String.valueOf(t / 24 + 1))
                    : Message.of(key + "clock", String.valueOf(t));
        }
        return Message.of(key + "hour", String.valueOf(t + 1));
    }

    @Override
    public JsonNode snapshot() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("world", "greenhouse").put("ticks", day.ticks());
        root.put("window", window).put("lamp", lamp).put("pump", pump).put("moisture", clean(moisture));
        ArrayNode hours = root.putArray("log");
        for (Hour h : log) {
            hourJson(hours.addObject(), h);
        }
        return root;
    }

    private static ObjectNode hourJson(ObjectNode o, Hour h) {
        return o.put("tick", h.tick()).put("temperature", clean(h.temperature()))
                .put("daylight", clean(h.daylight())).put("light", clean(h.light()))
                .put("moisture", clean(h.moisture())).put("window", h.window()).put("lamp", h.lamp())
                .put("pump", h.pump());
    }

    @Override
    public Optional<CheckOutcome> check(GoalCheck check, RunFacts facts) {
        return Optional.ofNullable(switch (check) {
            case GreenhouseChecks.SensorLimit c -> sensorLimit(c);
            case GreenhouseChecks.LampOffWhenBright c -> {
                for (Hour h : log) {
                    if (h.lamp() && h.daylight() > c.light()) {
                        yield CheckOutcome.fail(c.type(), Message.of("engine.greenhouse.lamp-on-in-daylight",
                                when(h.tick(), false), decimal(h.daylight()), decimal(c.light())));
                    }
                }
                yield CheckOutcome.pass(c.type(), Message.of("engine.greenhouse.lamp-off-in-daylight"));
            }
            default -> null;
        });
    }

    private CheckOutcome sensorLimit(GreenhouseChecks.SensorLimit c) {
        Message hint = Message.of(switch (c.sensor()) {
            case "temperature" -> c.upper() ? "engine.greenhouse.hint.open-window" : "engine.greenhouse.hint.close-window";
            case "moisture" -> c.upper() ? "engine.greenhouse.hint.pump-off" : "engine.greenhouse.hint.pump-on";
            default -> "engine.greenhouse.hint.lamp-on";
        });
        Message what = Message.of(switch (c.sensor()) {
            case "temperature" -> "engine.greenhouse.sensor.temperature";
            case "moisture" -> "engine.greenhouse.sensor.moisture";
            default -> "engine.greenhouse.sensor.light";
        });
        if (log.isEmpty()) {
            return CheckOutcome.fail(c.type(), Message.of("engine.greenhouse.no-day"));
        }
        if (noHandler) {
            // Still checked: a day without a rule can pass, but the hint helps pupils who forgot the hat block.
            hint = Message.of("engine.greenhouse.hint.remember-every-hour", hint);
        }
        for (Hour h : log) {
            double v = switch (c.sensor()) {
                case "temperature" -> h.temperature();
                case "moisture" -> h.moisture();
                default -> h.light();
            };
            boolean ok = c.upper() ? v <= c.limit() : v >= c.limit();
            if (!ok) {
                return CheckOutcome.fail(c.type(), Message.of(c.upper() ? "engine.greenhouse.above-max"
                        : "engine.greenhouse.below-min", when(h.tick(), true), what, decimal(v), decimal(c.limit()), hint));
            }
        }
        return CheckOutcome.pass(c.type(), Message.of(c.upper() ? "engine.greenhouse.max-kept"
                : "engine.greenhouse.min-kept", what, decimal(c.limit())));
    }
}
