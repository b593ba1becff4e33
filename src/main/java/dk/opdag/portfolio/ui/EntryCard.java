package dk.opdag.portfolio.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.opdag.curriculum.yearplan.CourseModule;
import dk.opdag.curriculum.yearplan.ValgfagCourse;
import dk.opdag.portfolio.PortfolioEntry;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.LongFunction;

/** One entry as the pupil, the teacher and the print page show it: texts, the lab link, the file, the comments. */
class EntryCard extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    EntryCard(PortfolioEntry e, ValgfagCourse course, Function<String, String> experimentTitle, boolean labLink,
              LongFunction<byte[]> file) {
        addClassName("opdag-portfolio-entry");
        add(new H3(e.title()));
        String module = e.moduleId() == null ? "" : course.module(e.moduleId()).map(CourseModule::title).orElse("");
        add(new Paragraph(getTranslation("portfolio.entry.meta", e.createdAt().format(DATE),
                e.updatedAt().format(DATE), module.isEmpty() ? "–" : module)));
        part("portfolio.form.body", e.body());
        part("portfolio.form.made", e.made());
        if (e.experimentId() != null) {
            String title = experimentTitle.apply(e.experimentId());
            Paragraph p = new Paragraph(getTranslation("portfolio.entry.program") + " ");
            if (labLink) {
                p.add(new Anchor("eksperiment/" + e.experimentId(), title));
            } else {
                p.add(title);
            }
            add(p);
        }
        part("portfolio.form.reflection", e.reflection());
        if (e.file() != null) {
            DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
                byte[] bytes = file.apply(e.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), e.file().name(), e.file().mediaType(),
                        bytes.length);
            });
            if (e.file().isImage()) {
                Image image = new Image(handler, getTranslation("portfolio.entry.image", e.file().name()));
                image.addClassName("opdag-portfolio-image");
                image.setMaxWidth("min(32rem, 100%)");
                add(image);
            }
            Anchor download = new Anchor(handler, getTranslation("portfolio.entry.file", e.file().name(),
                    Math.max(1, e.file().sizeBytes() / 1024)));
            download.getElement().setAttribute("download", true);
            add(new Paragraph(download));
        }
        for (PortfolioEntry.Comment c : e.comments()) {
            Paragraph comment = new Paragraph(getTranslation("portfolio.entry.comment", c.teacherName(),
                    c.createdAt().format(DATE), c.text()));
            comment.addClassName("opdag-portfolio-comment");
            add(comment);
        }
    }

    private void part(String key, String text) {
        if (text != null && !text.isBlank()) {
            Paragraph p = new Paragraph();
            p.add(new com.vaadin.flow.component.html.Span(getTranslation(key) + ": "));
            p.add(text);
            p.getStyle().set("white-space", "pre-line");
            add(p);
        }
    }
}
