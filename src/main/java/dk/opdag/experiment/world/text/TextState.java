package dk.opdag.experiment.world.text;

import dk.opdag.experiment.Message;
import dk.opdag.experiment.CheckOutcome;
import dk.opdag.experiment.check.GoalCheck;
import dk.opdag.experiment.check.RunFacts;
import dk.opdag.experiment.js.JsList;
import dk.opdag.experiment.js.JsStrings;
import dk.opdag.experiment.program.Block;
import dk.opdag.experiment.world.BlockContext;
import dk.opdag.experiment.world.ProgramDriver;
import dk.opdag.experiment.world.WorldState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The start text, the incoming messages and the chatbot's replies. */
final class TextState implements WorldState {

    private static final Locale DANISH = Locale.of("da", "DK");
    private static final int MAX_REPLIES = 10_000;

    private final String text;
    private final List<String> messages;
    private final List<List<String>> replies = new ArrayList<>();
    private final List<String> looseReplies = new ArrayList<>();
    private int current = -1;

    TextState(String text, List<String> messages) {
        this.text = text;
        this.messages = List.copyOf(messages);
        for (int i = 0; i < messages.size(); i++) {
            replies.add(new ArrayList<>());
        }
    }

    @Override
    public Set<String> hatBlockTypes() {
        return Set.of(TextWorld.ON_MESSAGE);
    }

    @Override
    public void run(ProgramDriver driver) {
        driver.runMain();
        for (current = 0; current < messages.size(); current++) {
            driver.trace("message", JsonNodeFactory.instance.objectNode().put("index", current)
                    .put("text", messages.get(current)));
            driver.runHandlers(TextWorld.ON_MESSAGE);
        }
        current = -1;
    }

    @Override
    public void execute(Block block, BlockContext ctx) {
        switch (block.type()) {
            case "chat_reply" -> {
                String reply = ctx.text("TEXT", "");
                int total = looseReplies.size() + replies.stream().mapToInt(List::size).sum();
                if (total >= MAX_REPLIES) {
                    throw ctx.fail(Message.of("engine.text.too-many-replies"));
                }
                if (current >= 0) {
                    replies.get(current).add(reply);
                } else {
                    looseReplies.add(reply);
                    ctx.warn(Message.of("engine.text.reply-outside-handler"));
                }
                ctx.trace("reply", ctx.newData().put("message", current).put("text", reply));
                ctx.print(reply);
            }
            case TextWorld.ON_MESSAGE ->
                    ctx.warn(Message.of("engine.text.handler-nested"));
            default -> evaluate(block, ctx);
        }
    }

    @Override
    public Object evaluate(Block block, BlockContext ctx) {
        return switch (block.type()) {
            case "codes_input" -> text;
            case "chat_message" -> current >= 0 ? messages.get(current) : "";
            case "codes_caesar" -> {
                String t = ctx.text("TEXT", "");
                double shift = ctx.number("SHIFT", 0);
                if (Double.isNaN(shift)) {
                    ctx.warn(Message.of("engine.text.shift-not-number"));
                    shift = 0;
                }
                String alphabet = "EN".equals(ctx.field("ALPHABET", "DA")) ? Caesar.ENGLISH : Caesar.DANISH;
                int s = (int) (Math.round(shift) % alphabet.length());
                ctx.charge(t.length());
                yield Caesar.shift(t, s, alphabet);
            }
            case "codes_count_letter" -> {
                String t = ctx.text("TEXT", "").toLowerCase(DANISH);
                String letter = ctx.text("LETTER", "").toLowerCase(DANISH);
                ctx.charge(t.length());
                yield letter.isEmpty() ? 0.0 : (double) JsStrings.count(t, letter);
            }
            case "codes_words" -> {
                String t = ctx.text("TEXT", "");
                JsList words = new JsList();
                for (String w : JsStrings.trim(t).split("[\\s\\u00A0]+")) {
                    if (!w.isEmpty()) {
                        words.push(w);
                    }
                }
                yield words;
            }
            case "codes_letters" -> {
                String t = ctx.text("TEXT", "");
                JsList letters = new JsList();
                t.codePoints().forEach(cp -> letters.push(new String(Character.toChars(cp))));
                yield letters;
            }
            case "chat_contains" -> {
                String t = ctx.text("TEXT", "").toLowerCase(DANISH);
                String word = ctx.text("WORD", "").toLowerCase(DANISH);
                yield t.contains(word);
            }
            default -> throw ctx.fail(Message.of("engine.text.unknown-block", block.type()));
        };
    }

    /** Replies to one message joined by a space ("" when the bot said nothing). */
    private String replyTo(int message) {
        return message < replies.size() ? String.join(" ", replies.get(message)) : "";
    }

    private static String normalize(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }

    @Override
    public JsonNode snapshot() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("world", "text").put("text", text);
        ArrayNode conversation = root.putArray("conversation");
        for (int i = 0; i < messages.size(); i++) {
            conversation.addObject().put("from", "user").put("text", messages.get(i));
            for (String r : replies.get(i)) {
                conversation.addObject().put("from", "bot").put("text", r);
            }
        }
        for (String r : looseReplies) {
            conversation.addObject().put("from", "bot").put("text", r);
        }
        return root;
    }

    @Override
    public Optional<CheckOutcome> check(GoalCheck check, RunFacts facts) {
        if (!(check instanceof TextChecks.RepliesEqual c)) {
            return Optional.empty();
        }
        int n = Math.max(c.replies().size(), messages.size());
        for (int i = 0; i < n; i++) {
            String expected = i < c.replies().size() ? normalize(c.replies().get(i)) : "";
            String actual = normalize(replyTo(i));
            if (!c.match().same(expected, actual)) {
                Message message = i < messages.size() ? Message.of("engine.text.the-message", messages.get(i))
                        : Message.of("engine.text.message-number", String.valueOf(i + 1));
                Message said = actual.isEmpty() ? Message.of("engine.text.said-nothing")
                        : Message.of("engine.text.said", actual);
                Message should = expected.isEmpty() ? Message.of("engine.text.should-not-answer")
                        : Message.of("engine.text.should-answer", expected);
                return Optional.of(CheckOutcome.fail(c.type(), Message.of("engine.text.wrong-reply", message, said,
                        should)));
            }
        }
        return Optional.of(CheckOutcome.pass(c.type(), Message.of("engine.text.replies-ok")));
    }

}
