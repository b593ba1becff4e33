package dk.opdag.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.Role;
import dk.opdag.training.CourseRecordService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;

/** The printable course record (kursusbevis): completed tracks with their modules, dates and time spent. */
@Route(TrainingUi.RECORD)
@RolesAllowed({Role.Names.TEACHER, Role.Names.LEADER})
@StyleSheet("styles/training.css")
public class CourseRecordView extends VerticalLayout implements HasDynamicTitle {

    public CourseRecordView(CourseRecordService records, CurrentUser currentUser, Clock clock) {
        addClassName("opdag-training");
        CourseRecordService.CourseRecord record = records.record(currentUser.require());
        Div noPrint = new Div(new Anchor(TrainingUi.HOME, getTranslation("training.back-home")),
                new Button(getTranslation("training.print"), e -> e.getSource().getUI()
                        .ifPresent(ui -> ui.getPage().executeJs("window.print()"))));
        noPrint.addClassName("opdag-no-print");
        add(noPrint);
        Div sheet = new Div();
        sheet.addClassName("opdag-course-record");
        sheet.add(new H1(getTranslation("training.record.title")),
                new Paragraph(getTranslation("training.record.who", record.teacherName(), record.schoolName())));
        if (record.tracks().isEmpty()) {
            sheet.add(new Paragraph(getTranslation("training.record.none")));
        } else {
            sheet.add(new Paragraph(getTranslation("training.record.intro", record.tracks().size(),
                    Math.round(record.minutes() / 60.0 * 10) / 10.0)));
            for (CourseRecordService.CompletedTrack t : record.tracks()) {
                sheet.add(new H2(t.track().title()), new Paragraph(getTranslation("training.record.track",
                        TrainingUi.day(t.completedAt()), t.minutes())));
                UnorderedList modules = new UnorderedList();
                t.track().modules().forEach(m -> modules.add(new ListItem(m.title())));
                sheet.add(modules);
            }
        }
        if (!record.otherModules().isEmpty()) {
            sheet.add(new H2(getTranslation("training.record.other")));
            UnorderedList modules = new UnorderedList();
            record.otherModules().forEach(m -> modules.add(new ListItem(getTranslation("training.record.module",
                    m.module().title(), m.track().title(), TrainingUi.day(m.completedAt())))));
            sheet.add(modules);
        }
        sheet.add(new Paragraph(getTranslation("training.record.issued", TrainingUi.day(OffsetDateTime.now(clock)))));
        add(sheet);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.record.title");
    }
}
