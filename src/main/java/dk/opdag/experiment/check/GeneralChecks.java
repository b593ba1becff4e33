package dk.opdag.experiment.check;

import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.Message;
import dk.opdag.experiment.js.Js;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Checks that work in every world: output, block count, steps, errors and variables. */
public final class GeneralChecks {

    private GeneralChecks() {
    }

    public static Optional<CheckOutcome> evaluate(GoalCheck check, RunFacts facts) {
        return Optional.ofNullable(switch (check) {
            case GoalCheck.OutputEquals c -> outputEquals(c, facts.output());
            case GoalCheck.OutputContains c -> {
                String needle = c.text().toLowerCase(Locale.ROOT);
                boolean found = facts.output().stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(needle));
                yield found
                        ? CheckOutcome.pass(c.type(), Message.of("engine.check.contains.ok", c.text()))
                        : CheckOutcome.fail(c.type(), Message.of("engine.check.contains.not-ok", c.text()));
            }
            case GoalCheck.MaxBlocks c -> facts.blockCount() <= c.max()
                    ? CheckOutcome.pass(c.type(), Message.of("engine.check.max-blocks.ok",
                            plain(facts.blockCount()), plain(c.max())))
                    : CheckOutcome.fail(c.type(), Message.of("engine.check.max-blocks.not-ok",
                            plain(facts.blockCount()), plain(c.max())));
            case GoalCheck.MaxSteps c -> facts.steps() <= c.max()
                    ? CheckOutcome.pass(c.type(), Message.of("engine.check.max-steps.ok", plain(facts.steps())))
                    : CheckOutcome.fail(c.type(), Message.of("engine.check.max-steps.not-ok",
                            plain(facts.steps()), plain(c.max())));
            case GoalCheck.NoError c -> facts.error().isEmpty()
                    ? CheckOutcome.pass(c.type(), Message.of("engine.check.no-error.ok"))
                    : CheckOutcome.fail(c.type(), Message.of("engine.check.no-error.not-ok", facts.error().get()));
            case GoalCheck.VariableEquals c -> variableEquals(c, facts.variables());
            default -> null;
        });
    }

    /** Never quotes the expected lines: it says which line is wrong and how, in the pupil's own output's terms. */
    private static CheckOutcome outputEquals(GoalCheck.OutputEquals c, List<String> output) {
        List<String> expected = c.lines();
        if (c.anyOrder()) {
            return outputInAnyOrder(c, output);
        }
        int n = Math.min(expected.size(), output.size());
        for (int i = 0; i < n; i++) {
            if (!sameLine(c, expected.get(i), output.get(i))) {
                Message how = Differences.textHow(expected.get(i), output.get(i));
                return CheckOutcome.fail(c.type(), Differences.sentence("engine.check.output.line-wrong", how,
                        plain(i + 1), output.get(i)));
            }
        }
        if (output.size() < expected.size()) {
            return CheckOutcome.fail(c.type(), Message.of("engine.check.output.too-few", output.size(),
                    plain(output.size()), plain(expected.size())));
        }
        if (output.size() > expected.size()) {
            return CheckOutcome.fail(c.type(), Message.of("engine.check.output.too-many", plain(output.size()),
                    plain(expected.size()), output.get(expected.size())));
        }
        return CheckOutcome.pass(c.type(), Message.of("engine.check.output.ok"));
    }

    private static CheckOutcome outputInAnyOrder(GoalCheck.OutputEquals c, List<String> output) {
        List<String> left = new java.util.ArrayList<>(output);
        for (String e : c.lines()) {
            int at = -1;
            for (int i = 0; i < left.size() && at < 0; i++) {
                if (sameLine(c, e, left.get(i))) {
                    at = i;
                }
            }
            if (at < 0) {
                Message how = Differences.listHow(c.lines(), output, c.match() == TextMatch.LOOSE);
                return CheckOutcome.fail(c.type(), Differences.sentence("engine.check.output-any-order.wrong", how));
            }
            left.remove(at);
        }
        if (!left.isEmpty()) {
            return CheckOutcome.fail(c.type(), Message.of("engine.check.output-any-order.extra", left.size(),
                    plain(left.size()), left.getFirst()));
        }
        return CheckOutcome.pass(c.type(), Message.of("engine.check.output-any-order.ok"));
    }

    private static boolean sameLine(GoalCheck.OutputEquals c, String expected, String actual) {
        if (c.match().same(expected, actual)) {
            return true;
        }
        if (c.tolerance() > 0) {
            // The words must match; every number in the line may be off by the tolerance ("dans: 15.000000000000002").
            java.util.regex.Matcher me = NUMBER.matcher(expected);
            java.util.regex.Matcher ma = NUMBER.matcher(actual);
            List<Double> en = new java.util.ArrayList<>();
            List<Double> an = new java.util.ArrayList<>();
            while (me.find()) {
                en.add(Double.parseDouble(me.group().replace(',', '.')));
            }
            while (ma.find()) {
                an.add(Double.parseDouble(ma.group().replace(',', '.')));
            }
            if (en.size() != an.size() || !c.match().same(NUMBER.matcher(expected).replaceAll("#"),
                    NUMBER.matcher(actual).replaceAll("#"))) {
                return false;
            }
            for (int i = 0; i < en.size(); i++) {
                if (Math.abs(en.get(i) - an.get(i)) > c.tolerance()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A number in a printed line: "-3", "2.5", "2,5" (Danish decimal comma), "1e-7". */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?\\d+(?:[.,]\\d+)?(?:e[-+]?\\d+)?");

    /** A count written as the engine always wrote it (no thousands separator), in any language. */
    private static String plain(long n) {
        return Long.toString(n);
    }

    private static CheckOutcome variableEquals(GoalCheck.VariableEquals c, Map<String, Object> variables) {
        Object value = null;
        for (Map.Entry<String, Object> e : variables.entrySet()) {
            if (e.getKey().equalsIgnoreCase(c.variable())) {
                value = e.getValue();
            }
        }
        if (value == null) {
            return CheckOutcome.fail(c.type(), Message.of("engine.check.variable.missing", c.variable()));
        }
        if (ValueMatcher.matches(c.value(), value, c.tolerance())) {
            return CheckOutcome.pass(c.type(), Message.of("engine.check.variable.ok", c.variable(),
                    ValueMatcher.show(c.value())));
        }
        return CheckOutcome.fail(c.type(), Message.of("engine.check.variable.not-ok", c.variable(),
                ValueMatcher.show(c.value()), Js.toStr(value)));
    }
}
