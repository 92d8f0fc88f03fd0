package org.ogireview.gui.testing;

import org.ogireview.check.Checker;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.store.ReportStore;

import java.util.Locale;

/** A review session over a store, with answered dialogs and throwaway preferences. */
public final class SessionFixture {

    public final ReportStore store;
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final DeskPreferences preferences = new DeskPreferences(new MemoryPreferences());
    public final ReviewSession session;

    public SessionFixture(ReportStore store) {
        this(store, new Checker());
    }

    public SessionFixture(ReportStore store, Checker checker) {
        this.store = store;
        this.session = new ReviewSession(store, checker, dialogs, preferences, Messages.forLocale(Locale.ENGLISH));
    }

    public SessionFixture withCoder(String coder) {
        preferences.setCoder(coder);
        return this;
    }
}
