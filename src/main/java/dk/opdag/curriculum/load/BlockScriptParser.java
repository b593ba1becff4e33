package dk.opdag.curriculum.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the compact text form of a block program (see {@link BlockScript}) into a small syntax tree: lines with
 * indentation, Python-like control words, block calls and operators. Knows nothing about blocks; {@link BlockScript}
 * turns the tree into Blockly's workspace JSON.
 */
final class BlockScriptParser {

    /** Words that cannot be variable names. */
    static final Set<String> RESERVED = Set.of("repeat", "while", "until", "for", "from", "to", "by", "in", "if", "elif",
            "else", "def", "return", "break", "continue", "and", "or", "not", "true", "false");

    // ---- syntax tree ----------------------------------------------------------------------------------------------

    sealed interface Expr {
        int line();
    }

    record Num(int line, double value) implements Expr {
    }

    record Str(int line, String value) implements Expr {
    }

    record Bool(int line, boolean value) implements Expr {
    }

    /** A bare name: a variable, or a field value such as a drop-down choice. */
    record Name(int line, String name) implements Expr {
    }

    /** {@code type(a, b, NAME=c)}: a block, or a call of one of the program's own functions. */
    record Call(int line, String name, List<Expr> args, Map<String, Expr> named) implements Expr {
    }

    record ListOf(int line, List<Expr> items) implements Expr {
    }

    record Binary(int line, String op, Expr a, Expr b) implements Expr {
    }

    record Unary(int line, String op, Expr operand) implements Expr {
    }

    sealed interface Stmt {
        int line();
    }

    /** A block on its own line, with the indented lines under it as its statement input (if it ends with ':'). */
    record BlockStmt(int line, Call call, List<Stmt> body) implements Stmt {
    }

    record Repeat(int line, Expr times, List<Stmt> body) implements Stmt {
    }

    record Loop(int line, boolean until, Expr condition, List<Stmt> body) implements Stmt {
    }

    record For(int line, String variable, Expr from, Expr to, Expr by, List<Stmt> body) implements Stmt {
    }

    record ForEach(int line, String variable, Expr list, List<Stmt> body) implements Stmt {
    }

    record If(int line, List<Expr> conditions, List<List<Stmt>> bodies, List<Stmt> otherwise) implements Stmt {
    }

    /** {@code def name(a, b):} with the body; {@code result} is the final {@code return}, or null. */
    record Def(int line, String name, List<String> params, List<Stmt> body, Expr result) implements Stmt {
    }

    record Assign(int line, String variable, Expr value) implements Stmt {
    }

    record Change(int line, String variable, Expr delta) implements Stmt {
    }

    record Flow(int line, boolean breakOut) implements Stmt {
    }

    /** {@code ---}: the next statement starts a new stack of blocks. */
    record NewStack(int line) implements Stmt {
    }

    /** {@code return x} where it is not the last line of a function. */
    record Return(int line, Expr value) implements Stmt {
    }

    // ---- lines ----------------------------------------------------------------------------------------------------

    private record Line(int number, int indent, List<Token> tokens) {
        boolean endsWithColon() {
            return !tokens.isEmpty() && tokens.getLast().is(":");
        }
    }

    private enum Kind { NAME, NUMBER, STRING, SYMBOL }

    private record Token(Kind kind, String text, int line) {
        boolean is(String symbol) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private int at;

    private BlockScriptParser(String source) {
        String[] raw = source.replace("\r\n", "\n").replace('\t', ' ').split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i];
            List<Token> tokens = tokens(text, i + 1);
            if (tokens.isEmpty()) {
                continue;
            }
            int indent = 0;
            while (indent < text.length() && text.charAt(indent) == ' ') {
                indent++;
            }
            lines.add(new Line(i + 1, indent, tokens));
        }
    }

    /** The statements of a whole program (top level). */
    static List<Stmt> parse(String source) {
        BlockScriptParser p = new BlockScriptParser(source);
        if (p.lines.isEmpty()) {
            return List.of();
        }
        int indent = p.lines.getFirst().indent();
        List<Stmt> program = p.block(indent);
        if (p.at < p.lines.size()) {
            throw new BlockScriptException(p.lines.get(p.at).number(), "indrykningen passer ikke med linjerne over");
        }
        return program;
    }

    private List<Stmt> block(int indent) {
        List<Stmt> out = new ArrayList<>();
        while (at < lines.size()) {
            Line line = lines.get(at);
            if (line.indent() < indent) {
                break;
            }
            if (line.indent() > indent) {
                throw new BlockScriptException(line.number(), "linjen er rykket for langt ind; kun linjerne under en "
                        + "linje, der slutter med ':', rykkes ind");
            }
            at++;
            out.add(statement(line, out));
        }
        return out;
    }

    /** The indented lines under a line that ends with ':'. */
    private List<Stmt> body(Line header) {
        if (!header.endsWithColon()) {
            return List.of();
        }
        if (at >= lines.size() || lines.get(at).indent() <= header.indent()) {
            throw new BlockScriptException(header.number(), "linjen slutter med ':', så der skal være rykket ind "
                    + "linjer under den");
        }
        return block(lines.get(at).indent());
    }

    private Stmt statement(Line line, List<Stmt> before) {
        Cursor c = new Cursor(line);
        Token first = c.peek();
        int n = line.number();
        if (first.is("---")) {
            c.end();
            return new NewStack(n);
        }
        if (first.kind() == Kind.NAME) {
            switch (first.text()) {
                case "repeat" -> {
                    c.next();
                    Expr times = c.expression();
                    c.colon();
                    return new Repeat(n, times, body(line));
                }
                case "while", "until" -> {
                    c.next();
                    Expr condition = c.expression();
                    c.colon();
                    return new Loop(n, first.text().equals("until"), condition, body(line));
                }
                case "for" -> {
                    c.next();
                    String variable = c.name("et variabelnavn efter 'for'");
                    if (c.accept("in")) {
                        Expr list = c.expression();
                        c.colon();
                        return new ForEach(n, variable, list, body(line));
                    }
                    c.expect("from", "'for x from 1 to 10:' eller 'for x in liste:'");
                    Expr from = c.expression();
                    c.expect("to", "'to' i 'for x from 1 to 10:'");
                    Expr to = c.expression();
                    Expr by = c.accept("by") ? c.expression() : new Num(n, 1);
                    c.colon();
                    return new For(n, variable, from, to, by, body(line));
                }
                case "if" -> {
                    return ifStatement(line, c);
                }
                case "elif", "else" -> throw new BlockScriptException(n, "'" + first.text() + "' skal stå lige under "
                        + "en 'if' (eller 'elif') med samme indrykning");
                case "def" -> {
                    return def(line, c);
                }
                case "return" -> {
                    c.next();
                    Expr value = c.expression();
                    c.end();
                    return new Return(n, value);
                }
                case "break", "continue" -> {
                    c.next();
                    c.end();
                    return new Flow(n, first.text().equals("break"));
                }
                default -> {
                    // assignment or a block
                }
            }
            if (c.peekAt(1) != null && (c.peekAt(1).is("=") || c.peekAt(1).is("+="))) {
                String variable = c.name("et variabelnavn");
                boolean change = c.next().is("+=");
                Expr value = c.expression();
                c.end();
                return change ? new Change(n, variable, value) : new Assign(n, variable, value);
            }
        }
        Expr e = c.expression();
        if (!(e instanceof Call call)) {
            throw new BlockScriptException(n, "en linje skal være en blok, fx turtle_forward(50), en løkke, en "
                    + "'if' eller 'x = 5'");
        }
        boolean colon = c.accept(":");
        c.end();
        return new BlockStmt(n, call, colon ? body(line) : List.of());
    }

    private Stmt ifStatement(Line line, Cursor c) {
        List<Expr> conditions = new ArrayList<>();
        List<List<Stmt>> bodies = new ArrayList<>();
        c.next();
        conditions.add(c.expression());
        c.colon();
        bodies.add(body(line));
        List<Stmt> otherwise = null;
        while (at < lines.size() && lines.get(at).indent() == line.indent() && otherwise == null) {
            Line next = lines.get(at);
            Cursor nc = new Cursor(next);
            if (nc.peek().is("elif")) {
                at++;
                nc.next();
                conditions.add(nc.expression());
                nc.colon();
                bodies.add(body(next));
            } else if (nc.peek().is("else")) {
                at++;
                nc.next();
                nc.colon();
                otherwise = body(next);
            } else {
                break;
            }
        }
        return new If(line.number(), conditions, bodies, otherwise);
    }

    private Stmt def(Line line, Cursor c) {
        c.next();
        String name = c.name("funktionens navn efter 'def'");
        c.expect("(", "'(' efter funktionens navn, fx def tegn(side):");
        List<String> params = new ArrayList<>();
        if (!c.accept(")")) {
            do {
                params.add(c.name("et parameternavn"));
            } while (c.accept(","));
            c.expect(")", "')' efter parametrene");
        }
        c.colon();
        List<Stmt> body = new ArrayList<>(body(line));
        Expr result = null;
        if (!body.isEmpty() && body.getLast() instanceof Return r) {
            result = r.value();
            body.removeLast();
        }
        return new Def(line.number(), name, params, body, result);
    }

    // ---- tokens and expressions -----------------------------------------------------------------------------------

    private static List<Token> tokens(String text, int line) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == ' ') {
                i++;
            } else if (ch == '#') {
                break;
            } else if (Character.isLetter(ch) || ch == '_') {
                int s = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.NAME, text.substring(s, i), line));
            } else if (Character.isDigit(ch) || ch == '.' && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1))) {
                int s = i;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, text.substring(s, i), line));
            } else if (ch == '"' || ch == '\'') {
                StringBuilder sb = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < text.length()) {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < text.length()) {
                        sb.append(text.charAt(i++));
                    } else if (c == ch) {
                        closed = true;
                        break;
                    } else {
                        sb.append(c);
                    }
                }
                if (!closed) {
                    throw new BlockScriptException(line, "teksten mangler sit afsluttende " + ch);
                }
                out.add(new Token(Kind.STRING, sb.toString(), line));
            } else if (text.startsWith("---", i) && out.isEmpty()) {
                out.add(new Token(Kind.SYMBOL, "---", line));
                i += 3;
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "+=").contains(two)) {
                    out.add(new Token(Kind.SYMBOL, two, line));
                    i += 2;
                } else if ("()[],:=+-*/%^<>".indexOf(ch) >= 0) {
                    out.add(new Token(Kind.SYMBOL, String.valueOf(ch), line));
                    i++;
                } else if (ch == '−') { // a typographic minus from a word processor
                    out.add(new Token(Kind.SYMBOL, "-", line));
                    i++;
                } else {
                    throw new BlockScriptException(line, "tegnet '" + ch + "' kan ikke bruges her");
                }
            }
        }
        return out;
    }

    /** Reads one line's tokens. */
    private static final class Cursor {
        private final Line line;
        private int i;

        Cursor(Line line) {
            this.line = line;
        }

        Token peek() {
            return i < line.tokens().size() ? line.tokens().get(i) : null;
        }

        Token peekAt(int offset) {
            return i + offset < line.tokens().size() ? line.tokens().get(i + offset) : null;
        }

        Token next() {
            Token t = peek();
            if (t == null) {
                throw error("linjen slutter for tidligt");
            }
            i++;
            return t;
        }

        boolean accept(String symbol) {
            Token t = peek();
            if (t != null && t.is(symbol)) {
                i++;
                return true;
            }
            return false;
        }

        void expect(String symbol, String what) {
            if (!accept(symbol)) {
                throw error("her mangler " + what);
            }
        }

        void colon() {
            expect(":", "':' til sidst i linjen");
            end();
        }

        void end() {
            if (peek() != null) {
                throw error("der står noget uventet til sidst i linjen: '" + peek().text() + "'");
            }
        }

        String name(String what) {
            Token t = peek();
            if (t == null || t.kind() != Kind.NAME || RESERVED.contains(t.text())) {
                throw error("her mangler " + what);
            }
            i++;
            return t.text();
        }

        BlockScriptException error(String message) {
            return new BlockScriptException(line.number(), message);
        }

        // precedence: or < and < not < comparison < + - < * / % < ^ < unary minus < primary
        Expr expression() {
            return or();
        }

        private Expr or() {
            Expr e = and();
            while (accept("or")) {
                e = new Binary(line.number(), "or", e, and());
            }
            return e;
        }

        private Expr and() {
            Expr e = not();
            while (accept("and")) {
                e = new Binary(line.number(), "and", e, not());
            }
            return e;
        }

        private Expr not() {
            if (accept("not")) {
                return new Unary(line.number(), "not", not());
            }
            return comparison();
        }

        private Expr comparison() {
            Expr e = sum();
            for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
                if (accept(op)) {
                    return new Binary(line.number(), op, e, sum());
                }
            }
            return e;
        }

        private Expr sum() {
            Expr e = product();
            while (true) {
                if (accept("+")) {
                    e = new Binary(line.number(), "+", e, product());
                } else if (accept("-")) {
                    e = new Binary(line.number(), "-", e, product());
                } else {
                    return e;
                }
            }
        }

        private Expr product() {
            Expr e = power();
            while (true) {
                String op = accept("*") ? "*" : accept("/") ? "/" : accept("%") ? "%" : null;
                if (op == null) {
                    return e;
                }
                e = new Binary(line.number(), op, e, power());
            }
        }

        private Expr power() {
            Expr base = unary();
            if (accept("^")) {
                return new Binary(line.number(), "^", base, power());
            }
            return base;
        }

        private Expr unary() {
            if (accept("-")) {
                Expr operand = unary();
                if (operand instanceof Num(int l, double v)) {
                    return new Num(l, v == 0 ? -0.0 : -v);
                }
                return new Unary(line.number(), "-", operand);
            }
            return primary();
        }

        private Expr primary() {
            Token t = next();
            int n = line.number();
            switch (t.kind()) {
                case NUMBER -> {
                    try {
                        return new Num(n, Double.parseDouble(t.text()));
                    } catch (NumberFormatException e) {
                        throw error("'" + t.text() + "' er ikke et tal");
                    }
                }
                case STRING -> {
                    return new Str(n, t.text());
                }
                case NAME -> {
                    if (t.text().equals("true") || t.text().equals("false")) {
                        return new Bool(n, t.text().equals("true"));
                    }
                    if (RESERVED.contains(t.text())) {
                        throw error("'" + t.text() + "' kan ikke stå her");
                    }
                    if (accept("(")) {
                        return call(t.text());
                    }
                    return new Name(n, t.text());
                }
                default -> {
                    if (t.is("(")) {
                        Expr e = expression();
                        expect(")", "')'");
                        return e;
                    }
                    if (t.is("[")) {
                        List<Expr> items = new ArrayList<>();
                        if (!accept("]")) {
                            do {
                                items.add(expression());
                            } while (accept(","));
                            expect("]", "']' efter listen");
                        }
                        return new ListOf(n, items);
                    }
                    throw error("'" + t.text() + "' kan ikke stå her");
                }
            }
        }

        private Expr call(String name) {
            List<Expr> args = new ArrayList<>();
            Map<String, Expr> named = new LinkedHashMap<>();
            if (!accept(")")) {
                do {
                    Token t = peek();
                    Token after = peekAt(1);
                    if (t != null && t.kind() == Kind.NAME && after != null && after.is("=")) {
                        i += 2;
                        if (named.put(t.text(), expression()) != null) {
                            throw error("'" + t.text() + "' står to gange i " + name + "(...)");
                        }
                    } else {
                        if (!named.isEmpty()) {
                            throw error("værdier uden navn skal stå før værdier med navn i " + name + "(...)");
                        }
                        args.add(expression());
                    }
                } while (accept(","));
                expect(")", "')' efter " + name + "(...");
            }
            return new Call(line.number(), name, args, named);
        }
    }
}
