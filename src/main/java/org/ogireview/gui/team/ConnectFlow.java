package org.ogireview.gui.team;

import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.DialogService;
import org.ogireview.store.ServerAddress;
import org.ogireview.store.StoreException;

import java.util.Optional;

/**
 * File ▸ Connect to a team database: asks for the server's address ({@code postgresql://host:port/name}), checks it
 * before anything is opened, and asks again with the reason when it is not an address (a password in it, no database
 * name). The desk then opens the database in the background and puts the window on it.
 */
public final class ConnectFlow {

    /** What the dialog offers when the desk is on a file: the usual local server. */
    public static final String EXAMPLE = "postgresql://localhost:5432/ogi";

    private final DialogService dialogs;
    private final Messages messages;

    public ConnectFlow(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The address the person chose, or empty when they cancelled. */
    public Optional<ServerAddress> ask(String current) {
        String initial = current != null && ServerAddress.isServer(current) ? current : EXAMPLE;
        String prompt = messages.get("team.connect.prompt");
        while (true) {
            Optional<String> typed = dialogs.askText(messages.get("team.connect.title"), prompt, initial);
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            try {
                if (!ServerAddress.isServer(typed.get())) {
                    throw new StoreException(typed.get() + ": " + messages.get("team.connect.notAnAddress"));
                }
                return Optional.of(ServerAddress.parse(typed.get()));
            } catch (StoreException e) {
                dialogs.showError(messages.get("team.connect.title"), org.ogireview.model.UserText.of(e).in(messages.locale()));
                initial = typed.get().replaceFirst(":[^@/]*@", "@");
            }
        }
    }
}
