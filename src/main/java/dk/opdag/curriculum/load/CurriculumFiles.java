package dk.opdag.curriculum.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of a curriculum folder, read into memory (it is small) from a directory or from the classpath, keyed
 * by their path relative to the folder with {@code /} separators. Only YAML and JSON files (experiments' Blockly
 * workspaces) are read; other files are listed with an empty content so the loader can warn about them.
 *
 * @param origin where the files came from, for messages
 */
public record CurriculumFiles(String origin, SortedMap<String, byte[]> files) {

    static final String MARKER = "subjects.yaml";

    public static CurriculumFiles fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CurriculumSourceException("Mappen " + dir.toAbsolutePath() + " findes ikke.");
        }
        return new CurriculumFiles(dir.toString(), walk(dir));
    }

    /**
     * The folder {@code root} on the classpath: a directory in development, an entry in the jar in production.
     * Found through its {@code subjects.yaml}, because jars need not list directories.
     */
    static CurriculumFiles fromClasspath(String root, ClassLoader loader) {
        return fromClasspath(root, MARKER, loader);
    }

    /** A content folder on the classpath found through a file that is always in it (teacher-guides: README.md). */
    public static CurriculumFiles fromClasspath(String root, String markerName, ClassLoader loader) {
        URL marker = loader.getResource(root + "/" + markerName);
        if (marker == null) {
            throw new CurriculumSourceException("Der er ingen " + root + "/" + markerName + " på classpath.");
        }
        URI uri = toUri(marker);
        return switch (uri.getScheme()) {
            case "file" -> new CurriculumFiles(marker.toString(), walk(Path.of(uri).getParent()));
            case "jar" -> fromJar(uri, marker, markerName);
            default -> throw new CurriculumSourceException("Kan ikke læse forløb fra " + marker);
        };
    }

    /** Through the zip file system; Spring Boot's {@code jar:nested:} URIs work too since Boot 3.2. */
    private static CurriculumFiles fromJar(URI uri, URL marker, String markerName) {
        FileSystem created = null;
        try {
            try {
                created = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                // someone else's file system: use it, and leave it open
            }
            return new CurriculumFiles(marker.toString(), walk(Path.of(uri).getParent()));
        } catch (IOException | RuntimeException e) {
            return fromJarConnection(marker, markerName); // a class loader whose jar URLs the zip provider cannot open
        } finally {
            closeQuietly(created);
        }
    }

    /** Fallback for jar URLs: list the jar's entries through {@link JarURLConnection}. */
    static CurriculumFiles fromJarConnection(URL marker) {
        return fromJarConnection(marker, MARKER);
    }

    static CurriculumFiles fromJarConnection(URL marker, String markerName) {
        try {
            JarURLConnection connection = (JarURLConnection) marker.openConnection();
            connection.setUseCaches(false); // a private JarFile we may close without breaking the class loader
            String markerEntry = connection.getEntryName();
            String prefix = markerEntry.substring(0, markerEntry.length() - markerName.length());
            SortedMap<String, byte[]> files = new TreeMap<>();
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                        String name = entry.getName().substring(prefix.length());
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(name, isContent(name) ? in.readAllBytes() : new byte[0]);
                        }
                    }
                }
            }
            return new CurriculumFiles(marker.toString(), files);
        } catch (IOException | ClassCastException e) {
            throw new CurriculumSourceException("Kan ikke læse forløbene i " + marker + ": " + e.getMessage(), e);
        }
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** Anything at all under {@code folder}, including subfolders. */
    public Stream<String> under(String folder) {
        return files.keySet().stream().filter(p -> p.startsWith(folder + "/"));
    }

    static boolean isYaml(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }

    /** YAML, and the JSON of experiments' workspaces. */
    static boolean isContent(String path) {
        return isYaml(path) || path.endsWith(".json");
    }

    private static SortedMap<String, byte[]> walk(Path dir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String name = relative(dir, p);
                files.put(name, isContent(name) ? Files.readAllBytes(p) : new byte[0]);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CurriculumSourceException("Kan ikke læse " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static String relative(Path dir, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : dir.relativize(file)) {
            name.append(name.isEmpty() ? "" : "/").append(part);
        }
        return name.toString();
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new CurriculumSourceException("Ugyldig adresse til forløbene: " + url, e);
        }
    }

    private static void closeQuietly(FileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // read-only; nothing to lose
            }
        }
    }
}
