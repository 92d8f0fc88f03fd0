package org.ogireview.gui.reportlist;

import javafx.beans.Observable;
import org.ogireview.gui.common.DeskPreferences;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.prefs.Preferences;

/**
 * Keeps the list's filters (words, region, year, format, state) with the database they were set on: reopening the
 * desk on that database brings them back, another database starts with its own. The failing-check choice and the
 * text search are not kept: they are answers computed for the moment, not a way of working.
 */
public final class ListFilterMemory {

    private static final String WORDS = "filter.words";
    private static final String REGION = "filter.region";
    private static final String YEAR = "filter.year";
    private static final String FORMAT = "filter.format";
    private static final String STATUS = "filter.status";

    private ListFilterMemory() {
    }

    /** Sets the list's filters to what this database remembers, then remembers every change. */
    public static void restoreAndWatch(ReportListViewModel list, DeskPreferences preferences) {
        Preferences node = preferences.databaseNode();
        list.filterProperty().set(node.get(WORDS, ""));
        list.regionProperty().set(node.get(REGION, ""));
        choose(list.yearProperty(), list.years(), node.get(YEAR, null), Object::toString);
        choose(list.formatProperty(), list.formats(), node.get(FORMAT, null), Enum::name);
        choose(list.statusProperty(), list.statuses(), node.get(STATUS, null), Enum::name);
        for (Observable o : List.of(list.filterProperty(), list.regionProperty(), list.yearProperty(),
                list.formatProperty(), list.statusProperty())) {
            o.addListener(x -> save(list, node));
        }
    }

    private static void save(ReportListViewModel list, Preferences node) {
        node.put(WORDS, Objects.requireNonNullElse(list.filterProperty().get(), ""));
        node.put(REGION, Objects.requireNonNullElse(list.regionProperty().get(), ""));
        put(node, YEAR, list.yearProperty().get(), Object::toString);
        put(node, FORMAT, list.formatProperty().get(), Enum::name);
        put(node, STATUS, list.statusProperty().get(), Enum::name);
    }

    private static <T> void put(Preferences node, String key, Choice<T> choice, Function<T, String> code) {
        if (choice == null || choice.value() == null) {
            node.remove(key);
        } else {
            node.put(key, code.apply(choice.value()));
        }
    }

    private static <T> void choose(javafx.beans.property.ObjectProperty<Choice<T>> property, List<Choice<T>> choices,
                                   String saved, Function<T, String> code) {
        if (saved == null) {
            return;
        }
        choices.stream().filter(c -> c.value() != null && code.apply(c.value()).equals(saved)).findFirst()
                .ifPresent(property::set);
    }
}
