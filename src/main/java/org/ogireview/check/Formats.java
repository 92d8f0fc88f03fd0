package org.ogireview.check;

import org.ogireview.model.ReportFormat;

import java.util.EnumSet;
import java.util.Set;

/** The format sets rules apply to. */
final class Formats {

    static final Set<ReportFormat> ALL = EnumSet.allOf(ReportFormat.class);
    static final Set<ReportFormat> NARRATIVE = EnumSet.of(ReportFormat.NARRATIVE);
    static final Set<ReportFormat> TABLES = EnumSet.of(ReportFormat.TABLE2019, ReportFormat.TABLE2021);
    static final Set<ReportFormat> TABLE2021 = EnumSet.of(ReportFormat.TABLE2021);

    private Formats() {
    }

    /** A report of unknown format runs every rule: the figures it has decide what can run. */
    static boolean includes(Set<ReportFormat> formats, ReportFormat format) {
        return format == null || formats.contains(format);
    }
}
