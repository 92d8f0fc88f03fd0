package org.ogireview.gui.own;

import javafx.beans.property.StringProperty;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.ogireview.gui.document.DocumentLayout;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Edit ▸ Add report-specific figure (Ctrl+Shift+L): the coder selects a labelled number the catalogue has no key
 * for (法制新聞12條, 新闻发布会0次), checks label, value and unit in {@link OwnFigureDialog}, and the figure is stored
 * under its {@code own.*} key with the selection as its source. The form then shows it in its section.
 */
public final class OwnFigureAction {

    public static final String MENU_ID = "menuAddOwnFigure";

    private final ReviewSession session;
    private final Supplier<Window> owner;
    private final Supplier<StyleClassedTextArea> area;
    private final StringProperty status;
    private final Messages messages;

    public OwnFigureAction(ReviewSession session, Supplier<Window> owner, Supplier<StyleClassedTextArea> area,
                           StringProperty status, Messages messages) {
        this.session = session;
        this.owner = owner;
        this.area = area;
        this.status = status;
        this.messages = messages;
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(messages.get("menu.edit.addOwnFigure"));
        item.setId(MENU_ID);
        item.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        item.setOnAction(e -> run());
        item.disableProperty().bind(session.currentProperty().isNull());
        return item;
    }

    /** Reads the selection, asks the coder, stores the figure; says in the status bar what happened. */
    public void run() {
        if (session.current() == null) {
            return;
        }
        StyleClassedTextArea text = area.get();
        var selection = text.getSelection();
        String shown = DocumentLayout.displayText(session.current().report().text());
        Optional<OwnFigureDraft> draft = OwnFigureDraft.fromSelection(shown, selection.getStart(),
                selection.getEnd());
        if (draft.isEmpty()) {
            status.set(messages.get("own.error.noNumber"));
            return;
        }
        new OwnFigureDialog(owner.get(), draft.get(), messages).showAndWait().ifPresent(d -> {
            OwnFigureAdder.Outcome outcome = new OwnFigureAdder(session).add(d);
            status.set(outcome.ok() ? messages.format("own.added", d.label(), d.value(), outcome.key())
                    : messages.get(outcome.errorKey()));
        });
    }
}
