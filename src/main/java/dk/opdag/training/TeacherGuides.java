package dk.opdag.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The Markdown guides of {@code teacher-guides/} (shipped inside the jar), read once at start-up. A guide's title
 * is its first {@code # } heading and its summary the first paragraph after it.
 */
@Service
public class TeacherGuides {

    /** A guide's slug is its file name without {@code .md}: lowercase letters, digits and dashes only. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

    public record Guide(String slug, String title, String summary, String markdown) {
    }

    private final List<Guide> guides;

    public TeacherGuides() {
        this("classpath*:teacher-guides/*.md");
    }

    TeacherGuides(String pattern) {
        this.guides = load(pattern);
    }

    public List<Guide> all() {
        return guides;
    }

    /** The guide with this slug; empty for unknown or malformed slugs (never a path into the file system). */
    public Optional<Guide> find(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return guides.stream().filter(g -> g.slug().equals(slug)).findFirst();
    }

    private static List<Guide> load(String pattern) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            List<Guide> found = new ArrayList<>();
            for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                String name = file.getFilename();
                String slug = name.substring(0, name.length() - ".md".length());
                if (slug.equalsIgnoreCase("readme") || !SLUG.matcher(slug).matches()) {
                    continue;
                }
                try (InputStream in = file.getInputStream()) {
                    found.add(parse(slug, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("teacher-guides/ could not be read", e);
        }
    }

    static Guide parse(String slug, String markdown) {
        String title = slug;
        List<String> lines = markdown.lines().toList();
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("# ")) {
            i++;
        }
        if (i < lines.size()) {
            title = lines.get(i).substring(2).strip();
            i++;
        } else {
            i = 0; // no heading: the summary is the first paragraph
        }
        StringBuilder paragraph = new StringBuilder();
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                if (!paragraph.isEmpty()) {
                    break;
                }
                continue;
            }
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
        }
        return new Guide(slug, title, paragraph.toString(), markdown);
    }
}
