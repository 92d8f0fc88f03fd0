package org.ogireview.gui.team;

import javafx.application.Platform;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.DialogService;
import org.ogireview.store.ServerAddress;
import org.ogireview.store.ServerCredentials;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The window's password prompt for a team database: the store connects in the background, and asks here (on the FX
 * thread, the background waiting) only when the server wants a password. The typed password goes to the driver and
 * nowhere else.
 */
public final class DialogPasswordPrompt implements ServerCredentials.PasswordPrompt {

    private final DialogService dialogs;
    private final Messages messages;

    public DialogPasswordPrompt(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public Optional<String> ask(ServerAddress address, String user, String why) {
        if (Platform.isFxApplicationThread()) {
            return show(address, user, why);
        }
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(address, user, why));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private Optional<String> show(ServerAddress address, String user, String why) {
        return dialogs.askPassword(messages.get("team.password.title"),
                messages.format("team.password.prompt", why, user, address.toString()));
    }
}
