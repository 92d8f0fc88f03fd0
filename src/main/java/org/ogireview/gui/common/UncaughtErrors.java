package org.ogireview.gui.common;

import org.ogireview.model.UserText;
import javafx.application.Platform;
import org.ogireview.logging.AppLog;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What happens to an exception no code caught, on the FX thread or any other: it goes to the log with its stack
 * trace, and the user gets one friendly message that names the log file (never a stack trace, never a dead window).
 * While that message is open, further failures are only logged, so a failing handler cannot pile up dialogs.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private final DialogService dialogs;
    private final Messages messages;
    private final AtomicBoolean showing = new AtomicBoolean();

    public UncaughtErrors(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Makes this the handler of every thread (the FX thread's exceptions in event handlers come here too). */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        AppLog.uncaught(thread, error);
        if (Platform.isFxApplicationThread()) {
            tell(error);
        } else {
            try {
                Platform.runLater(() -> tell(error));
            } catch (IllegalStateException toolkitGone) {
                // The window is closing: the log has it.
            }
        }
    }

    private void tell(Throwable error) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            String what = error.getMessage() == null || error.getMessage().isBlank()
                    ? error.getClass().getSimpleName() : UserText.of(error, messages.locale()); // ours worded, a library's as is
            dialogs.showError(messages.get("error.unexpected.title"), messages.format("error.unexpected.message", what));
        } catch (RuntimeException e) {
            AppLog.failure("could not show the error dialog", e);
        } finally {
            showing.set(false);
        }
    }
}
