package org.ogireview.gui.exporting;

import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportSelection;

import java.nio.file.Path;

/** Writes the store's reports as CSV; runs off the FX thread. */
@FunctionalInterface
public interface ExportService {

    /**
     * @param bom       true to start the file with a UTF-8 byte-order mark (Excel then reads Chinese correctly)
     * @param selection the reports to write (every one: {@link ExportSelection#all()})
     * @return data rows written (without the header)
     */
    long export(ExportLayout layout, boolean bom, Path target, ExportSelection selection) throws Exception;
}
