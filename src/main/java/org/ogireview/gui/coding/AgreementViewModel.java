package org.ogireview.gui.coding;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.coding.AgreementReport;
import org.ogireview.coding.AgreementStatistics;
import org.ogireview.coding.AgreementTable;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.export.CsvFile;
import org.ogireview.model.FieldCatalog;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The agreement table of the window: the same rows the agreement command writes, and the same CSV. */
public final class AgreementViewModel {

    private final DoubleCoding coding;
    private final ObservableList<AgreementTable.Row> rows = FXCollections.observableArrayList();

    public AgreementViewModel(DoubleCoding coding) {
        this.coding = coding;
    }

    public ObservableList<AgreementTable.Row> rows() {
        return rows;
    }

    /** Computes the rows (off the FX thread: the bootstrap takes a moment on a large collection). */
    public List<AgreementTable.Row> compute() throws StoreException {
        return new AgreementTable(FieldCatalog.standard(), new AgreementStatistics())
                .compute(coding.codedReports(), Optional.empty());
    }

    public void save(Path target) throws IOException {
        CsvFile.write(target, true, csv -> {
            csv.header(AgreementReport.header().toArray(String[]::new));
            for (AgreementTable.Row r : rows) {
                csv.row(AgreementReport.cells(r).toArray(String[]::new));
            }
        });
    }
}
