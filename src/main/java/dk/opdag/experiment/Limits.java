package dk.opdag.experiment;

import java.time.Duration;

/**
 * Budgets that keep every run small and finite, whatever the pupil builds.
 *
 * @param stepBudget        most block evaluations in one run (endless loops stop here)
 * @param maxRecursionDepth most nested function calls
 * @param maxCollectionSize longest list and longest text a program may build
 * @param maxTraceEvents    most trace events kept (the run goes on; later events are dropped)
 * @param maxOutputLines    most printed lines kept (the run goes on; later lines are dropped)
 * @param maxWorkspaceChars longest workspace JSON accepted
 * @param timeLimit         wall-clock safety net on top of the deterministic step budget
 */
public record Limits(int stepBudget, int maxRecursionDepth, int maxCollectionSize, int maxTraceEvents,
                     int maxOutputLines, int maxWorkspaceChars, Duration timeLimit) {

    public static final Limits DEFAULT =
            new Limits(100_000, 200, 100_000, 5_000, 2_000, 2_000_000, Duration.ofSeconds(10));

    public Limits {
        if (stepBudget < 1 || maxRecursionDepth < 1 || maxCollectionSize < 1 || maxTraceEvents < 0
                || maxOutputLines < 0 || maxWorkspaceChars < 1 || timeLimit == null || timeLimit.isNegative()) {
            throw new IllegalArgumentException("Limits must be positive: " + stepBudget + ", " + maxRecursionDepth
                    + ", " + maxCollectionSize + ", " + maxTraceEvents + ", " + maxOutputLines + ", "
                    + maxWorkspaceChars + ", " + timeLimit);
        }
    }

    public Limits withStepBudget(int steps) {
        return new Limits(steps, maxRecursionDepth, maxCollectionSize, maxTraceEvents, maxOutputLines,
                maxWorkspaceChars, timeLimit);
    }

    public Limits withMaxRecursionDepth(int depth) {
        return new Limits(stepBudget, depth, maxCollectionSize, maxTraceEvents, maxOutputLines, maxWorkspaceChars,
                timeLimit);
    }

    public Limits withMaxCollectionSize(int size) {
        return new Limits(stepBudget, maxRecursionDepth, size, maxTraceEvents, maxOutputLines, maxWorkspaceChars,
                timeLimit);
    }

    public Limits withMaxTraceEvents(int events) {
        return new Limits(stepBudget, maxRecursionDepth, maxCollectionSize, events, maxOutputLines,
                maxWorkspaceChars, timeLimit);
    }

    public Limits withMaxWorkspaceChars(int chars) {
        return new Limits(stepBudget, maxRecursionDepth, maxCollectionSize, maxTraceEvents, maxOutputLines, chars,
                timeLimit);
    }

    public Limits withTimeLimit(Duration limit) {
        return new Limits(stepBudget, maxRecursionDepth, maxCollectionSize, maxTraceEvents, maxOutputLines,
                maxWorkspaceChars, limit);
    }
}
