package dk.opdag.experiment.world.text;

/** Caesar cipher over the Danish (a–å, 29 letters) or English (a–z) alphabet; case kept, other characters unchanged. */
final class Caesar {

    static final String DANISH = "abcdefghijklmnopqrstuvwxyzæøå";
    static final String ENGLISH = "abcdefghijklmnopqrstuvwxyz";

    private Caesar() {
    }

    static String shift(String text, int shift, String alphabet) {
        int n = alphabet.length();
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            int at = alphabet.indexOf(lower);
            if (at < 0) {
                sb.append(c);
                continue;
            }
            char shifted = alphabet.charAt(Math.floorMod(at + shift, n));
            sb.append(Character.isUpperCase(c) ? Character.toUpperCase(shifted) : shifted);
        }
        return sb.toString();
    }
}
