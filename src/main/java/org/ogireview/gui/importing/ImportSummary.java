package org.ogireview.gui.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did.
 *
 * @param added       reports stored
 * @param present     files whose content was already stored
 * @param failed      files that could not be imported, each with the problem
 * @param cancelled   true when the coder stopped the import (the reports stored so far stay)
 * @param lastAdded   id of the last report stored, -1 when none
 */
public record ImportSummary(int added, int present, List<Failure> failed, boolean cancelled, long lastAdded) {

    public ImportSummary {
        failed = List.copyOf(failed);
    }

    /** A file that could not be imported and why, worded for the user. */
    public record Failure(Path file, String problem) {
    }
}
