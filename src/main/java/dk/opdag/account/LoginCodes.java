package dk.opdag.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Pupils' secret codes and class codes. Pupil codes are small secrets by design (a 6-year-old must manage them),
 * so they are kept readable for the teacher's login cards and protected by login throttling instead of hashing.
 */
public final class LoginCodes {

    /** A picture a pupil can pick: a stable key, an emoji and the i18n key of its name. */
    public record Picture(String key, String emoji) {
        public String labelKey() {
            return "picture." + key;
        }
    }

    public static final List<Picture> PICTURES = List.of(
            new Picture("hund", "🐶"), new Picture("kat", "🐱"), new Picture("ko", "🐮"), new Picture("gris", "🐷"),
            new Picture("fisk", "🐟"), new Picture("fugl", "🐦"), new Picture("bi", "🐝"), new Picture("froe", "🐸"),
            new Picture("sol", "☀️"), new Picture("maane", "🌙"), new Picture("stjerne", "⭐"), new Picture("trae", "🌳"),
            new Picture("blomst", "🌼"), new Picture("bil", "🚗"), new Picture("baad", "⛵"), new Picture("hus", "🏠"));

    /** Short words without æ, ø and å so they are quick to type on any keyboard. */
    static final List<String> WORDS = List.of(
            "abe", "bog", "bil", "bold", "drage", "due", "fisk", "gris", "hat", "hest", "hus", "is", "kage", "kat",
            "ko", "krone", "lampe", "mus", "nisse", "ost", "pande", "pizza", "regn", "robot", "sko", "sky", "slange",
            "sol", "stol", "tiger", "tog", "tromme", "ugle", "vind", "zebra", "banan", "citron", "kanin", "raket",
            "snegl");

    private static final String CLASS_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final RandomGenerator SECURE = new SecureRandom();

    private LoginCodes() {
    }

    public static String newPupilCode(CodeKind kind) {
        return newPupilCode(kind, SECURE);
    }

    /** Picture codes are two different pictures ("hund+sol"); word codes two words and a digit ("kage-tog-7"). */
    public static String newPupilCode(CodeKind kind, RandomGenerator random) {
        if (kind == CodeKind.PICTURE) {
            int first = random.nextInt(PICTURES.size());
            int second = (first + 1 + random.nextInt(PICTURES.size() - 1)) % PICTURES.size();
            return PICTURES.get(first).key() + "+" + PICTURES.get(second).key();
        }
        return WORDS.get(random.nextInt(WORDS.size())) + "-" + WORDS.get(random.nextInt(WORDS.size())) + "-"
                + random.nextInt(10);
    }

    /** Six characters without look-alikes (no 0/O, 1/I), easy to copy from a board. */
    public static String newClassCode(RandomGenerator random) {
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            code.append(CLASS_CODE_LETTERS.charAt(random.nextInt(CLASS_CODE_LETTERS.length())));
        }
        return code.toString();
    }

    public static String newClassCode() {
        return newClassCode(SECURE);
    }

    /** Typed word codes forgive case, spaces and other separators: "Kage Tog 7" equals "kage-tog-7". */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return String.join("-", typed.trim().toLowerCase(Locale.ROOT).split("[\\s\\-_.,+]+"));
    }

    public static boolean matches(String stored, String given) {
        if (stored == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(normalise(stored).getBytes(StandardCharsets.UTF_8),
                normalise(given).getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<Picture> picture(String key) {
        return PICTURES.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The pictures of a stored picture code, in order. */
    public static List<Picture> pictures(String code) {
        return java.util.Arrays.stream(code.split("\\+")).map(LoginCodes::picture).flatMap(Optional::stream).toList();
    }

    public static String normaliseClassCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
