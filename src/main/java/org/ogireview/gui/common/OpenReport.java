package org.ogireview.gui.common;

import org.ogireview.model.Finding;
import org.ogireview.model.Figure;
import org.ogireview.model.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report on the desk: its text and metadata, its figures as stored, and what the checks found.
 * Immutable; a saved edit produces a new instance so every view bound to it redraws.
 *
 * @param openChecks failed findings the coder has not marked "as published"
 */
public record OpenReport(Report report, List<Figure> figures, List<Finding> findings, int openChecks) {

    public OpenReport {
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
    }

    public long id() {
        return report.id();
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The figure whose source span covers a text offset; the narrowest when spans nest. */
    public Optional<Figure> figureAt(int offset) {
        Figure best = null;
        for (Figure f : figures) {
            if (f.hasSource() && f.start() <= offset && offset < f.end()
                    && (best == null || f.end() - f.start() < best.end() - best.start())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A copy with one figure replaced (or added at the end when new). */
    public OpenReport with(Figure figure) {
        List<Figure> out = new ArrayList<>(figures);
        boolean replaced = false;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).key().equals(figure.key())) {
                out.set(i, figure);
                replaced = true;
            }
        }
        if (!replaced) {
            out.add(figure);
        }
        return new OpenReport(report, out, findings, openChecks);
    }
}
