package dk.opdag.materials.tags;

import dk.opdag.curriculum.load.Lix;
import dk.opdag.curriculum.model.Activity;
import dk.opdag.curriculum.model.CompetenceArea;
import dk.opdag.curriculum.model.Curriculum;
import dk.opdag.curriculum.model.Framework;
import dk.opdag.curriculum.model.GradeBand;
import dk.opdag.curriculum.model.SubjectUse;
import dk.opdag.materials.search.DanishStems;
import dk.opdag.materials.store.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests tags for a teacher's file from its text, in the curriculum's own vocabulary: subjects, a grade band and
 * competence areas. The words come from the curriculum itself: subject names, area and skill names, goal texts, and
 * the catalogue activities (what each activity says about its subjects and goals). A word counts for a subject or an
 * area by how much more often it appears there than elsewhere; a subject named outright always counts. The grade
 * band comes from a mention ("3. klasse", "mellemtrinnet"), else from how hard the text reads (LIX). These are
 * suggestions only; the teacher confirms or changes them.
 */
public final class TagSuggester {

    static final int MAX_SUBJECTS = 3;
    static final int MAX_AREAS = 2;
    private static final Pattern GRADE = Pattern.compile("(?<![\\d.])(\\d)\\.\\s?(klasse|kl\\b|klassetrin|årgang)");
    private static final Map<String, GradeBand> STAGES = Map.of("indskoling", GradeBand.B0_3, "børnehaveklasse",
            GradeBand.B0_3, "mellemtrin", GradeBand.B4_6, "udskoling", GradeBand.B7_9);

    /** Suggested tags, and why the band was chosen. */
    public record Suggestions(List<Tag> subjects, Tag band, List<Tag> areas, boolean bandFromReadability) {
        public List<Tag> all() {
            List<Tag> all = new ArrayList<>(subjects);
            if (band != null) {
                all.add(band);
            }
            all.addAll(areas);
            return all;
        }
    }

    private final Map<String, Set<String>> subjectNameStems = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> subjectWeights;
    private final Map<String, Map<String, Double>> areaWeights;

    public TagSuggester(Curriculum curriculum) {
        curriculum.subjects().forEach(s -> subjectNameStems.put(s.id(), DanishStems.distinct(s.name())));
        Map<String, List<Set<String>>> subjectDocs = new LinkedHashMap<>();
        Map<String, List<Set<String>>> areaDocs = new LinkedHashMap<>();
        curriculum.subjects().forEach(s -> subjectDocs.put(s.id(), new ArrayList<>()));
        List<Set<String>> allDocs = new ArrayList<>();
        for (Activity a : curriculum.activities()) {
            Set<String> doc = DanishStems.distinct(a.title() + " " + a.intro() + " " + a.why());
            allDocs.add(doc);
            for (SubjectUse use : a.subjects()) {
                Set<String> subjectDoc = new HashSet<>(doc);
                subjectDoc.addAll(DanishStems.distinct(use.does()));
                subjectDocs.computeIfAbsent(use.id(), k -> new ArrayList<>()).add(subjectDoc);
            }
            a.areas(curriculum::areaOf).forEach(area -> areaDocs.computeIfAbsent(area.id(), k -> new ArrayList<>()).add(doc));
        }
        for (Framework f : curriculum.frameworks()) {
            for (CompetenceArea area : f.areas()) {
                StringBuilder text = new StringBuilder(area.name()).append(' ').append(area.description());
                area.skills().forEach(s -> text.append(' ').append(s.name()));
                area.goals().forEach(g -> text.append(' ').append(g.text()));
                Set<String> doc = DanishStems.distinct(text.toString());
                areaDocs.computeIfAbsent(area.id(), k -> new ArrayList<>()).add(doc);
                areaDocs.get(area.id()).add(doc); // the framework's own words weigh twice
                allDocs.add(doc);
            }
        }
        this.subjectWeights = weights(subjectDocs, allDocs);
        this.areaWeights = weights(areaDocs, allDocs);
    }

    /** Per label: how strongly each stem points at it (log of how much likelier it is there than overall). */
    private static Map<String, Map<String, Double>> weights(Map<String, List<Set<String>>> docsByLabel,
                                                           List<Set<String>> allDocs) {
        Map<String, Integer> df = new HashMap<>();
        allDocs.forEach(d -> d.forEach(s -> df.merge(s, 1, Integer::sum)));
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        docsByLabel.forEach((label, docs) -> {
            Map<String, Integer> local = new HashMap<>();
            docs.forEach(d -> d.forEach(s -> local.merge(s, 1, Integer::sum)));
            Map<String, Double> w = new HashMap<>();
            local.forEach((stem, n) -> {
                if (n >= 2) {
                    double here = (n + 0.5) / (docs.size() + 1.0);
                    double overall = (df.getOrDefault(stem, 0) + 0.5) / (allDocs.size() + 1.0);
                    double lift = Math.log(here / overall);
                    if (lift > 0.4) {
                        w.put(stem, lift);
                    }
                }
            });
            weights.put(label, w);
        });
        return weights;
    }

    public Suggestions suggest(String text) {
        String body = text == null ? "" : text.length() > 200_000 ? text.substring(0, 200_000) : text;
        List<String> stems = DanishStems.of(body);
        Map<String, Integer> counts = new HashMap<>();
        stems.forEach(s -> counts.merge(s, 1, Integer::sum));

        Map<String, Double> subjectScores = scores(subjectWeights, counts);
        List<Tag> subjects = new ArrayList<>();
        subjectNameStems.forEach((id, nameStems) -> {
            if (!nameStems.isEmpty() && counts.keySet().containsAll(nameStems)) {
                subjects.add(new Tag(Tag.Kind.SUBJECT, id));
            }
        });
        top(subjectScores, MAX_SUBJECTS, 2.0).forEach(id -> {
            if (subjects.size() < MAX_SUBJECTS && subjects.stream().noneMatch(t -> t.value().equals(id))) {
                subjects.add(new Tag(Tag.Kind.SUBJECT, id));
            }
        });
        List<Tag> areas = top(scores(areaWeights, counts), MAX_AREAS, 2.0).stream()
                .map(id -> new Tag(Tag.Kind.AREA, id)).toList();

        GradeBand mentioned = mentionedBand(body);
        GradeBand band = mentioned != null ? mentioned : readabilityBand(body);
        return new Suggestions(subjects, band == null ? null : new Tag(Tag.Kind.BAND, band.label()), areas,
                mentioned == null && band != null);
    }

    /** Sum of weights, each distinct stem counted up to three times, so one repeated word cannot decide alone. */
    private static Map<String, Double> scores(Map<String, Map<String, Double>> weights, Map<String, Integer> counts) {
        Map<String, Double> scores = new LinkedHashMap<>();
        weights.forEach((label, w) -> {
            double score = 0;
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                Double weight = w.get(c.getKey());
                if (weight != null) {
                    score += weight * Math.min(3, c.getValue());
                }
            }
            scores.put(label, score);
        });
        return scores;
    }

    private static List<String> top(Map<String, Double> scores, int max, double minimum) {
        return scores.entrySet().stream().filter(e -> e.getValue() >= minimum)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(max)
                .map(Map.Entry::getKey).toList();
    }

    /** The band the text names most often: "3. klasse", "mellemtrinnet", "udskolingen". */
    static GradeBand mentionedBand(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<GradeBand, Integer> votes = new HashMap<>();
        Matcher m = GRADE.matcher(lower);
        while (m.find()) {
            votes.merge(GradeBand.of(Integer.parseInt(m.group(1))), 1, Integer::sum);
        }
        STAGES.forEach((word, band) -> {
            int from = 0;
            while ((from = lower.indexOf(word, from)) >= 0) {
                votes.merge(band, 1, Integer::sum);
                from += word.length();
            }
        });
        return votes.entrySet().stream().max(Comparator.comparingInt(Map.Entry<GradeBand, Integer>::getValue)
                .thenComparing(e -> -e.getKey().ordinal())).map(Map.Entry::getKey).orElse(null);
    }

    /** Without a mention: easy texts for the youngest, hard ones for the oldest (the LIX limits of the guide). */
    static GradeBand readabilityBand(String text) {
        Lix.Score lix = Lix.of(text);
        if (lix.words() < 30) {
            return null;
        }
        double value = lix.value();
        return value <= 25 ? GradeBand.B0_3 : value <= 35 ? GradeBand.B4_6 : GradeBand.B7_9;
    }
}
