package dk.opdag.bench;

import dk.opdag.experiment.Engine;
import dk.opdag.experiment.Limits;
import dk.opdag.experiment.RunResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one {@code Engine.run} (parse, run within the budget, checks, trace and final world) on each of the fixed
 * programs; runs per second = 1 / median. The same programs under js-interpreter: {@code tools/bench/engine-bench.mjs}.
 * Run: tools/bench/run.sh EngineBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    @Param({"turtle-sekskant", "robot-hoejre-haand", "drivhus-vanding", "knaek-caesar", "primtal", "boblesortering",
        "fibonacci"})
    public String program;

    private BenchPrograms.Program p;

    @Setup
    public void setUp() {
        p = BenchPrograms.named(program);
        RunResult result = Engine.run(p.spec(), p.workspace(), Limits.DEFAULT);
        if (!result.passed()) { // a benchmark of a program that does not do its work would measure nothing
            throw new IllegalStateException(program + " does not pass: " + result.checks() + " " + result.error());
        }
    }

    @Benchmark
    public RunResult run() {
        return Engine.run(p.spec(), p.workspace(), Limits.DEFAULT);
    }
}
