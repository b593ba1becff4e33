package dk.opdag.curriculum.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The curriculum inside the jar had every experiment's solutions and starts run when the jar was built
 * ({@link #main}, in the build's prepare-package phase), and the build wrote down the fingerprint of what passed:
 * the curriculum's files and the engine's own files. A start that finds the same fingerprint need not run them again.
 * Any change to a curriculum file or to the engine gives another fingerprint, so the runs happen again.
 */
public final class VerifiedCurriculum {

    /** Where the build writes the fingerprint, at the root of the classpath. */
    public static final String RESOURCE = "curriculum-verified.txt";
    private static final String ENGINE_ROOT = "dk/opdag/experiment";

    private VerifiedCurriculum() {
    }

    /** True when the build ran this classpath's curriculum with this classpath's engine and every run passed. */
    public static boolean verified(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip()
                    .equals(fingerprint(loader));
        } catch (IOException | RuntimeException e) {
            return false; // no fingerprint, or one that cannot be checked: run the experiments
        }
    }

    /** SHA-256 over every curriculum file and every engine file (path and bytes), in path order. */
    static String fingerprint(ClassLoader loader) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            add(digest, CurriculumFiles.fromClasspath("curriculum", loader).files());
            add(digest, CurriculumFiles.fromClasspath(ENGINE_ROOT, "Engine.class", loader).files());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(MessageDigest digest, Map<String, byte[]> files) {
        files.forEach((path, bytes) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            digest.update((byte) 0);
        });
    }

    /**
     * The build step: loads the curriculum on the classpath with every experiment run; writes the fingerprint into
     * {@code args[0]} (the classes folder) when all passed, and fails the build with the report when one did not.
     */
    public static void main(String[] args) throws IOException {
        ClassLoader loader = VerifiedCurriculum.class.getClassLoader();
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Files.deleteIfExists(out);
        LoadResult result = CurriculumLoader.loadFromClasspath("curriculum", loader);
        if (!result.errors().isEmpty()) {
            result.errors().forEach(System.err::println);
            System.exit(1);
        }
        Files.writeString(out, fingerprint(loader) + "\n", StandardCharsets.US_ASCII);
        System.out.println("Curriculum experiments run and passed; fingerprint written to " + out);
    }
}
