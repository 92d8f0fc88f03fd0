package org.ogireview.gui.coding;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The "double coding" action: which reports (this one, the list as filtered, a random share) and which coders. */
public final class AssignmentViewModel {

    /** Which reports are marked. */
    public enum Scope { REPORT, LIST, SAMPLE }

    private final DoubleCoding coding;
    private final Supplier<Long> currentReport;
    private final Supplier<List<Long>> listed;
    private final Supplier<String> by;
    private final StringProperty first = new SimpleStringProperty(this, "first", "");
    private final StringProperty second = new SimpleStringProperty(this, "second", "");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.LIST);
    private final StringProperty share = new SimpleStringProperty(this, "share", "0.2");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");

    public AssignmentViewModel(DoubleCoding coding, Supplier<Long> currentReport, Supplier<List<Long>> listed,
                               Supplier<String> by) {
        this.coding = coding;
        this.currentReport = currentReport;
        this.listed = listed;
        this.by = by;
    }

    /**
     * The dataset reports among these ids: a further file of a report (its PDF beside the .txt) is never marked apart,
     * as {@code double-code} on the command line (decision 0340); coding it too would count one report twice in the
     * agreement. Where the dataset keys cannot be read, the ids as they are.
     */
    public static List<Long> datasetReports(List<Long> ids, ReportStore store) {
        DatasetKeys keys;
        try {
            keys = DatasetLinks.keys(store);
        } catch (StoreException e) {
            return ids;
        }
        return ids.stream().filter(id -> !keys.isCopy(id)).toList();
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public StringProperty shareProperty() {
        return share;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /**
     * Marks the reports; the ids marked. Bad input is an IllegalArgumentException with a message for the user.
     */
    public List<Long> apply() throws StoreException {
        String a = first.get().strip();
        String b = second.get().strip();
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            throw new IllegalArgumentException("two different coder names are needed");
        }
        switch (scope.get()) {
            case REPORT -> {
                Long id = currentReport.get();
                if (id == null) {
                    throw new IllegalArgumentException("no report is open");
                }
                coding.assign(List.of(id), a, b, by.get());
                return List.of(id);
            }
            case LIST -> {
                List<Long> ids = listed.get();
                coding.assign(ids, a, b, by.get());
                return ids;
            }
            default -> {
                double s;
                long n;
                try {
                    s = Double.parseDouble(share.get().strip().replace("%", "")) / (share.get().contains("%")
                            ? 100 : 1);
                    n = Long.parseLong(seed.get().strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "the share (%s) must be a number such as 0.2 or 20%%, the seed (%s) a whole number",
                            share.get(), seed.get()));
                }
                return coding.assignSample(listed.get(), s, n, a, b, by.get());
            }
        }
    }
}
