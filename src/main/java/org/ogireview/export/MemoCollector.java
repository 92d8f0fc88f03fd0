package org.ogireview.export;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.Figure;
import org.ogireview.model.Report;
import org.ogireview.store.CollectionFindings;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntBinaryOperator;

/**
 * Gathers what the audit memo prints for each finding: the figures it involves with their values, the line of
 * the report they were read from, and the printed page. The page comes from the report's PDF: the report itself
 * when it is one, else another file holding the same report (a .txt and its .pdf are one dataset report), read by
 * the {@link MemoSources#pages() page reader} the caller gives.
 */
public final class MemoCollector {

    /** A quoted line longer than this is cut around the figure. */
    static final int MAX_LINE = 240;

    private final ReportStore store;
    private final FieldCatalog catalog;
    private final Map<Long, Map<String, Figure>> figures = new HashMap<>();
    private final Map<Long, Report> reports = new HashMap<>();
    private final MemoSources sources;
    private final Map<Long, IntBinaryOperator> pages = new HashMap<>();
    private final Map<Long, List<CollectionFindings.FileReport>> files = new HashMap<>();

    public MemoCollector(ReportStore store, MemoSources sources) {
        this(store, sources, FieldCatalog.standard());
    }

    public MemoCollector(ReportStore store, MemoSources sources, FieldCatalog catalog) {
        this.store = store;
        this.sources = sources;
        this.catalog = catalog;
    }

    /** The memo's items for these findings, in their order. */
    public List<MemoItem> collect(List<CollectionFindings.Row> rows) throws StoreException {
        List<MemoItem> out = new ArrayList<>();
        for (CollectionFindings.Row row : rows) {
            List<MemoItem.Figure> figs = new ArrayList<>();
            for (String key : row.finding().fields()) {
                figs.add(figure(row, key));
            }
            out.add(new MemoItem(row, figs));
        }
        return out;
    }

    private MemoItem.Figure figure(CollectionFindings.Row row, String key) throws StoreException {
        Optional<FieldDef> def = catalog.find(key);
        String zh = def.map(FieldDef::labelZh).orElse(key);
        String en = def.map(FieldDef::labelEn).orElse(key);
        Figure f = figuresOf(row.reportId()).get(key);
        if (f == null) {
            return new MemoItem.Figure(key, zh, en, "", "", "missing", "", MemoItem.Quote.NONE, null, null);
        }
        MemoItem.Quote line = f.hasSource() ? lineAround(report(row.reportId()).text(), f.start(), f.end())
                : MemoItem.Quote.NONE;
        Integer page = null;
        String pageFile = null;
        if ("pdf".equals(row.sourceKind()) && f.hasSource()) {
            page = pageOf(row.reportId(), f);
            pageFile = page == null ? null : row.fileName();
        }
        if (page == null) {
            for (CollectionFindings.FileReport other : otherFiles(row.reportId())) {
                if (!"pdf".equals(other.sourceKind())) {
                    continue;
                }
                Figure there = figuresOf(other.reportId()).get(key);
                if (there != null && there.hasSource() && there.value().equals(f.value())) {
                    page = pageOf(other.reportId(), there);
                    if (page != null) {
                        pageFile = other.fileName();
                        if (line.text().isEmpty()) {
                            line = lineAround(report(other.reportId()).text(), there.start(), there.end());
                        }
                        break;
                    }
                }
            }
        }
        return new MemoItem.Figure(key, zh, en, f.value(), f.qualifier().code(), f.status().code(), f.snippet(),
                line, page, pageFile);
    }

    /**
     * The line of the text holding [start, end): a flattened table row or a sentence's line, cut to
     * {@link #MAX_LINE} characters around the figure when longer; the figure's place in it is kept so the memo can
     * mark which of the row's numbers it is.
     */
    static MemoItem.Quote lineAround(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return MemoItem.Quote.NONE;
        }
        int from = text.lastIndexOf('\n', start - 1) + 1;
        int to = text.indexOf('\n', end);
        if (to < 0) {
            to = text.length();
        }
        String prefix = "";
        String suffix = "";
        if (to - from > MAX_LINE) {
            int half = Math.max(0, (MAX_LINE - (end - start)) / 2);
            int a = Math.max(from, start - half);
            int b = Math.min(to, end + half);
            prefix = a > from ? "…" : "";
            suffix = b < to ? "…" : "";
            from = a;
            to = b;
        }
        while (from < start && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > end && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new MemoItem.Quote(prefix + text.substring(from, to) + suffix, prefix.length() + start - from,
                prefix.length() + end - from);
    }

    private Map<String, Figure> figuresOf(long reportId) throws StoreException {
        Map<String, Figure> known = figures.get(reportId);
        if (known == null) {
            known = new HashMap<>();
            for (Figure f : store.figures(reportId)) {
                known.put(f.key(), f);
            }
            figures.put(reportId, known);
        }
        return known;
    }

    private Report report(long reportId) throws StoreException {
        Report r = reports.get(reportId);
        if (r == null) {
            r = store.report(reportId);
            reports.put(reportId, r);
        }
        return r;
    }

    private List<CollectionFindings.FileReport> otherFiles(long reportId) throws StoreException {
        List<CollectionFindings.FileReport> known = files.get(reportId);
        if (known == null) {
            known = store instanceof H2ReportStore h2 ? CollectionFindings.otherFiles(h2.database(), reportId)
                    : List.of();
            files.put(reportId, known);
        }
        return known;
    }

    /** The page (from 1) the figure's first character is printed on; null when the PDF gives no position. */
    private Integer pageOf(long reportId, Figure f) throws StoreException {
        IntBinaryOperator lookup = pages.get(reportId);
        if (lookup == null) {
            Report r = report(reportId);
            Optional<byte[]> original = store.original(reportId);
            lookup = original.isEmpty() ? (s, e) -> 0 : sources.pages().read(r.fileName(), original.get(), r.text());
            pages.put(reportId, lookup);
        }
        int page = lookup.applyAsInt(f.start(), f.end());
        return page > 0 ? page : null;
    }
}
