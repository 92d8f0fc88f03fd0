package org.ogireview.export;

import java.nio.file.Path;
import java.time.Duration;

/** A finished export: the file written, its layout, how many data rows (header not counted), how long it took. */
public record ExportResult(Path file, ExportLayout layout, long rows, Duration elapsed) {
}
