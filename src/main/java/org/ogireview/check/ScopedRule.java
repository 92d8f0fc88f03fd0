package org.ogireview.check;

import org.ogireview.model.ReportFormat;

import java.util.Set;

/** A rule with a fixed id that runs on reports of some formats: the part every such rule would otherwise repeat. */
abstract class ScopedRule implements Rule {

    private final String id;
    private final Set<ReportFormat> formats;

    ScopedRule(String id, Set<ReportFormat> formats) {
        this.id = id;
        this.formats = formats;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final boolean appliesTo(ReportFormat format) {
        return Formats.includes(formats, format);
    }
}
