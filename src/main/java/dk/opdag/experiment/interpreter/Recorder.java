package dk.opdag.experiment.interpreter;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.TraceEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Collects output lines, trace events and warnings of one run, within the configured caps. */
public final class Recorder {

    private static final int MAX_OUTPUT_CHARS = 1_000_000;

    private final int maxTrace;
    private final int maxOutputLines;
    private final List<TraceEvent> trace = new ArrayList<>();
    private final List<String> output = new ArrayList<>();
    /** Warnings already shown, by block and message (a record: no string built per warning in a hot loop). */
    private final Set<Warned> warned = new HashSet<>();

    private record Warned(String blockId, Message message) {
    }
    private boolean traceCut;
    private boolean outputCut;
    private long outputChars;

    public Recorder(int maxTrace, int maxOutputLines) {
        this.maxTrace = maxTrace;
        this.maxOutputLines = maxOutputLines;
    }

    public ObjectNode newData() {
        return JsonNodeFactory.instance.objectNode();
    }

    public void trace(String blockId, String kind, ObjectNode data) {
        if (trace.size() < maxTrace) {
            trace.add(new TraceEvent(blockId, kind, data));
        } else if (!traceCut && maxTrace > 0) {
            traceCut = true;
            // Replace the last event so the client learns the trace is incomplete.
            trace.set(trace.size() - 1, new TraceEvent(null, "trace_cut",
                    messageData(Message.of("engine.trace.cut"))));
        }
    }

    public void print(String blockId, String line) {
        if (output.size() >= maxOutputLines || outputChars + line.length() > MAX_OUTPUT_CHARS) {
            if (!outputCut) {
                outputCut = true;
                trace(blockId, "output_cut", messageData(Message.of("engine.trace.output-cut")));
            }
            return;
        }
        output.add(line);
        outputChars += line.length();
        trace(blockId, "print", newData().put("text", line.length() > 1_000 ? line.substring(0, 1_000) + "…" : line));
    }

    /** Records a warning once per block and message. */
    public void warn(String blockId, Message message) {
        Warned key = new Warned(blockId, message);
        if (!warned.contains(key) && warned.add(key)) { // contains first: a repeated warning only reads
            trace(blockId, "warning", messageData(message));
        }
    }

    /**
     * Event data with a message: its Danish text under {@code message} (as stored runs and the CLI read it) and the
     * key with its arguments under {@code i18n}, so the lab can show it in the pupil's language.
     */
    public ObjectNode messageData(Message message) {
        ObjectNode data = newData().put("message", message.danish());
        data.set("i18n", message.toJson());
        return data;
    }

    /** False once the trace is full and marked as cut: callers may then skip building event data. */
    public boolean tracing() {
        return trace.size() < maxTrace || (!traceCut && maxTrace > 0);
    }

    public List<TraceEvent> trace() {
        return List.copyOf(trace);
    }

    public List<String> output() {
        return List.copyOf(output);
    }
}
