package dk.opdag.planning.ui;

import com.vaadin.flow.component.select.Select;
import dk.opdag.classroom.SchoolYears;

/** "Skoleår": a choice of school years around the current one, labelled "2026/27", starting at the current year. */
class SchoolYearSelect extends Select<Integer> {

    /** The years from {@code current + before} to {@code current + after} (before ≤ 0 ≤ after). */
    SchoolYearSelect(int current, int before, int after, Runnable onChange) {
        setLabel(getTranslation("planning.school-year"));
        setItems(java.util.stream.IntStream.rangeClosed(current + before, current + after).boxed().toList());
        setItemLabelGenerator(SchoolYears::label);
        setValue(current);
        addValueChangeListener(e -> onChange.run());
    }
}
