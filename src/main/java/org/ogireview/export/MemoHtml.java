package org.ogireview.export;

import org.ogireview.store.CollectionFindings;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The audit memo as one self-contained HTML file: what an auditor attaches to a letter to a body. For each report
 * (body and year) each inconsistency: the finding, the rule in words, every figure it involves with the line of
 * the report it stands on and its printed page, and the reviewer's mark and note. Styles are inline; nothing is
 * fetched (no script, font, image or link to elsewhere), and every text from the database is escaped. The words are
 * in {@code org/ogireview/export/memo*.properties}.
 */
public final class MemoHtml {

    private final ResourceBundle words;
    private final Locale locale;
    private final boolean zh;
    private final java.util.function.BiFunction<String, Locale, String> ruleWords;

    public MemoHtml(Locale locale, java.util.function.BiFunction<String, Locale, String> ruleWords) {
        this.locale = locale;
        this.ruleWords = ruleWords;
        this.zh = "zh".equals(locale.getLanguage());
        this.words = ResourceBundle.getBundle("org.ogireview.export.memo", zh ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Writes the memo (whole or not at all: a temporary file moved into place). */
    public void write(List<MemoItem> items, String scope, String database, Instant at, Path target)
            throws IOException {
        TextFiles.write(target, render(items, scope, database, at));
    }

    public String render(List<MemoItem> items, String scope, String database, Instant at) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(w("memo.title"))).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(w("memo.title"))).append("</h1>\n");
        long reports = items.stream().map(i -> i.row().reportId()).distinct().count();
        h.append("<p class=\"meta\">").append(esc(f("memo.summary", items.size(), reports))).append("<br>")
                .append(esc(f("memo.scope", scope))).append("<br>")
                .append(esc(f("memo.generated", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .withZone(ZoneId.systemDefault()).format(at), database))).append("</p>\n");
        if (items.isEmpty()) {
            h.append("<p class=\"none\">").append(esc(w("memo.none"))).append("</p>\n");
        }
        int n = 0;
        for (List<MemoItem> report : byReport(items).values()) {
            CollectionFindings.Row r = report.get(0).row();
            h.append("<section class=\"report\">\n<h2>").append(esc(r.bodyOrRegion()));
            if (r.year() != null) {
                h.append(" · ").append(esc(f("memo.year", String.valueOf(r.year()))));
            }
            h.append("</h2>\n<p class=\"file\">").append(esc(f("memo.file", r.fileName()))).append("</p>\n");
            for (MemoItem item : report) {
                item(h, item, ++n);
            }
            h.append("</section>\n");
        }
        h.append("<p class=\"foot\">").append(esc(w("memo.foot"))).append("</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private void item(StringBuilder h, MemoItem item, int n) {
        CollectionFindings.Row r = item.row();
        h.append("<div class=\"finding\">\n<h3>").append(n).append(". ")
                .append(esc(zh ? r.finding().messageZh() : r.finding().messageEn())).append("</h3>\n");
        h.append("<p class=\"rule\"><span class=\"k\">").append(esc(w("memo.rule"))).append("</span> ")
                .append(esc(ruleWords.apply(r.finding().rule(), locale))).append(" <code>")
                .append(esc(r.finding().rule())).append("</code></p>\n");
        h.append("<table>\n<tr><th>").append(esc(w("memo.col.field"))).append("</th><th>")
                .append(esc(w("memo.col.value"))).append("</th><th>").append(esc(w("memo.col.source")))
                .append("</th><th>").append(esc(w("memo.col.page"))).append("</th></tr>\n");
        for (MemoItem.Figure fig : item.figures()) {
            h.append("<tr><td>").append(esc(zh ? fig.labelZh() : fig.labelEn())).append("<br><code>")
                    .append(esc(fig.key())).append("</code></td><td class=\"v\">")
                    .append(esc(value(fig))).append("<br><span class=\"st\">")
                    .append(esc(word("memo.status." + fig.status(), fig.status()))).append("</span></td><td>");
            MemoItem.Quote q = fig.sourceLine();
            if (!q.text().isEmpty()) {
                h.append("<q>").append(esc(q.text().substring(0, q.markFrom()))).append("<mark>")
                        .append(esc(q.text().substring(q.markFrom(), q.markTo()))).append("</mark>")
                        .append(esc(q.text().substring(q.markTo()))).append("</q>");
            }
            if (!fig.cell().isEmpty() && !fig.cell().equals(q.text())) {
                h.append("<br><span class=\"cell\">").append(esc(f("memo.cell", fig.cell()))).append("</span>");
            }
            h.append("</td><td>").append(esc(fig.page() == null ? w("memo.page.unknown")
                    : f("memo.page", fig.page(), fig.pageFile()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (r.mark() != null && r.mark().asPublished()) {
            h.append("<p class=\"note\"><span class=\"k\">").append(esc(w("memo.asPublished"))).append("</span> ");
            String note = r.mark().note() == null ? "" : r.mark().note().strip();
            h.append(esc(note.isEmpty() ? w("memo.note.none") : note));
            h.append(" <span class=\"who\">(").append(esc(r.mark().coder() == null ? "" : r.mark().coder()));
            if (r.mark().at() != null) {
                h.append(", ").append(esc(DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault())
                        .format(r.mark().at())));
            }
            h.append(")</span></p>\n");
        } else {
            h.append("<p class=\"open\">").append(esc(w("memo.open"))).append("</p>\n");
        }
        h.append("</div>\n");
    }

    private String value(MemoItem.Figure fig) {
        if (fig.status().equals("missing")) {
            return w("memo.value.missing");
        }
        if (fig.status().equals("blank_in_source") || fig.qualifier().equals("blank_in_source")) {
            return w("memo.value.blank");
        }
        if (fig.status().equals("not_stated")) {
            return w("memo.value.notStated");
        }
        String q = fig.qualifier().equals("exact") || fig.qualifier().isEmpty() ? ""
                : word("memo.qualifier." + fig.qualifier(), fig.qualifier()) + " ";
        return q + fig.value();
    }

    /** Items grouped by report, reports ordered by body (or region) and year. */
    private static Map<Long, List<MemoItem>> byReport(List<MemoItem> items) {
        List<MemoItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((MemoItem i) -> i.row().bodyOrRegion())
                .thenComparing(i -> i.row().year() == null ? Integer.MAX_VALUE : i.row().year())
                .thenComparingLong(i -> i.row().reportId()));
        Map<Long, List<MemoItem>> out = new LinkedHashMap<>();
        for (MemoItem i : sorted) {
            out.computeIfAbsent(i.row().reportId(), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    private String w(String key) {
        return words.getString(key);
    }

    private String word(String key, String fallback) {
        return words.containsKey(key) ? words.getString(key) : fallback;
    }

    private String f(String key, Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(words.getString(key), locale).format(text);
    }

    /** Text as HTML: the five characters that could start markup or end an attribute, escaped. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String STYLE = """
            body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
                   margin: 2em auto; max-width: 60em; color: #222; line-height: 1.45; }
            h1 { font-size: 1.6em; margin-bottom: .2em; }
            h2 { font-size: 1.25em; border-bottom: 2px solid #446; padding-bottom: .2em; margin-top: 1.8em; }
            h3 { font-size: 1em; margin: .2em 0 .4em; }
            .meta, .file, .foot, .who, .st, .cell { color: #555; font-size: .9em; }
            .finding { border-left: 4px solid #c0392b; padding: .3em .9em; margin: 1em 0; background: #fcf7f6;
                       page-break-inside: avoid; }
            .rule .k, .note .k { font-weight: bold; }
            table { border-collapse: collapse; width: 100%; margin: .4em 0; font-size: .92em; }
            th, td { border: 1px solid #bbb; padding: .25em .5em; vertical-align: top; text-align: left; }
            th { background: #eee; }
            td.v { white-space: nowrap; font-weight: bold; }
            q { font-family: "Noto Sans Mono CJK SC", monospace; background: #fff8d8; quotes: "\\201C" "\\201D"; }
            mark { background: #f5b7b1; font-weight: bold; }
            code { font-size: .85em; color: #666; }
            .open { color: #a04000; }
            @media print { body { margin: 0; max-width: none; } .finding { background: none; } }
            """;
}
