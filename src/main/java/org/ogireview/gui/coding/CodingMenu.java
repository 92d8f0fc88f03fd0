package org.ogireview.gui.coding;

import org.ogireview.model.UserText;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.store.ReportSummary;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Coding menu (issue 13): mark reports for double coding, the coder's queue, the adjudication queue and the
 * agreement table. Absent (disabled) on a store that keeps no database.
 */
public final class CodingMenu {

    private final Supplier<Window> owner;
    private final ReviewSession session;
    private final Supplier<List<ReportSummary>> listed;
    private final StringProperty status;
    private final DialogService dialogs;
    private final Messages m;
    private final DoubleCoding coding;

    public CodingMenu(Supplier<Window> owner, ReviewSession session, Supplier<List<ReportSummary>> listed,
                      StringProperty status, DialogService dialogs, Messages m) {
        this.owner = owner;
        this.session = session;
        this.listed = listed;
        this.status = status;
        this.dialogs = dialogs;
        this.m = m;
        this.coding = DoubleCoding.of(session.store()).orElse(null);
        if (coding != null) {
            session.setDoubleCoding(coding);
        }
    }

    public Menu menu() {
        MenuItem assign = item("menuDoubleCoding", m.get("coding.menu.assign"), this::assign);
        MenuItem queue = item("menuCodingQueue", m.get("coding.menu.queue"), this::queue);
        MenuItem adjudicate = item("menuAdjudication", m.get("coding.menu.adjudication"), this::adjudicate);
        MenuItem agreement = item("menuAgreement", m.get("coding.menu.agreement"), this::agreement);
        MenuItem exportCoding = item("menuExportCoding", m.get("coding.menu.exportCoding"), this::exportCoding);
        MenuItem mergeCoding = item("menuMergeCoding", m.get("coding.menu.mergeCoding"), this::mergeCoding);
        Menu menu = new Menu(m.get("coding.menu"), null, assign, queue, adjudicate, agreement,
                new javafx.scene.control.SeparatorMenuItem(), exportCoding, mergeCoding);
        menu.setId("menuCoding");
        menu.setDisable(coding == null);
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private void assign() {
        List<Long> reports = AssignmentViewModel.datasetReports(
                listed.get().stream().map(ReportSummary::id).toList(), session.store());
        AssignmentViewModel model = new AssignmentViewModel(coding,
                () -> session.current() == null ? null : session.current().id(), () -> reports,
                () -> session.coder().orElse("coder"));
        session.coder().ifPresent(model.firstProperty()::set);
        new AssignmentDialog(owner.get(), model, session.current() != null, reports.size(), m).showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> {
                    try {
                        List<Long> ids = model.apply();
                        session.reload(); // before the message: showing the reloaded report clears the status
                        status.set(m.format("coding.assign.done", ids.size(), model.firstProperty().get().strip(),
                                model.secondProperty().get().strip()));
                    } catch (Exception e) {
                        dialogs.showError(m.get("coding.assign.title"), UserText.of(e, m.locale()), e);
                    }
                });
    }

    private void queue() {
        session.coder().ifPresent(coder -> new CodingQueueDialog(owner.get(), coding, coder, session::open, dialogs,
                m).showAndWait());
    }

    private void adjudicate() {
        session.coder().ifPresent(coder -> {
            new AdjudicationDialog(owner.get(), new AdjudicationViewModel(coding, () -> coder), dialogs, m)
                    .showAndWait();
            session.reload();
        });
    }

    /** The coder's own work to a file, for merge-coding in another database (e.g. the team's). */
    private void exportCoding() {
        session.coder().ifPresent(coder -> dialogs.chooseSaveFile(m.get("coding.menu.exportCoding"), null,
                coder + "-coding.csv", List.of(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv")))
                .ifPresent(target -> {
                    try {
                        long n = transfer().export(coder, target);
                        status.set(m.format("coding.exportCoding.done", n, target));
                    } catch (Exception e) {
                        dialogs.showError(m.get("coding.menu.exportCoding"), UserText.of(e, m.locale()), e);
                    }
                }));
    }

    /** Another database's coding into this one: applied where nothing differs, conflicts listed, none resolved. */
    private void mergeCoding() {
        List<java.nio.file.Path> files = dialogs.chooseFiles(m.get("coding.menu.mergeCoding"), null,
                List.of(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv")));
        for (java.nio.file.Path file : files) {
            try {
                var r = transfer().merge(file, session.coder().orElse("coder"));
                session.reload();
                status.set(m.format("coding.mergeCoding.summary", r.applied(), file.getFileName(), r.same(),
                        r.conflicts().size(), r.unplaced().size()));
                if (!r.conflicts().isEmpty() || !r.unplaced().isEmpty()) {
                    new MergeResultDialog(owner.get(), file, r, m).showAndWait();
                }
            } catch (Exception e) {
                dialogs.showError(m.get("coding.menu.mergeCoding"), UserText.of(e, m.locale()), e);
            }
        }
    }

    private org.ogireview.coding.CodingTransfer transfer() {
        return new org.ogireview.coding.CodingTransfer((org.ogireview.store.H2ReportStore) session.store(), coding);
    }

    private void agreement() {
        new AgreementDialog(owner.get(), new AgreementViewModel(coding), dialogs, m).showAndWait();
    }
}
