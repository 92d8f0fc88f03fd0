package org.ogireview.export;

import org.ogireview.store.CollectionFindings;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The audit memo in one call: the collection's failed findings, those in scope (or the rows given), their figures,
 * source lines and pages, written as HTML. Used by the {@code memo} command and the findings window.
 */
public final class AuditMemo {

    private AuditMemo() {
    }

    /** Writes the memo of the findings in scope; returns how many findings it lists. */
    public static int write(ReportStore store, MemoScope scope, Locale locale, Path target, MemoSources sources)
            throws StoreException, IOException {
        List<CollectionFindings.Row> rows = scope.select(CollectionFindings.read(store));
        return write(store, rows, describe(scope, locale), locale, target, sources);
    }

    /** Writes the memo of these findings (the findings window's filtered or chosen rows). */
    public static int write(ReportStore store, List<CollectionFindings.Row> rows, String scopeText, Locale locale,
                            Path target, MemoSources sources) throws StoreException, IOException {
        List<MemoItem> items = new MemoCollector(store, sources).collect(rows);
        new MemoHtml(locale, sources.ruleWords()).write(items, scopeText, store.path().toString(), Instant.now(),
                target);
        return items.size();
    }

    /** The scope in words of a memo of findings chosen by hand (the findings window). */
    public static String selectedScope(Locale locale) {
        return words(locale).getString("memo.scope.selected");
    }

    private static java.util.ResourceBundle words(Locale locale) {
        return java.util.ResourceBundle.getBundle("org.ogireview.export.memo",
                "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The scope in words, for the memo's head. */
    public static String describe(MemoScope scope, Locale locale) {
        java.util.ResourceBundle w = words(locale);
        List<String> parts = new java.util.ArrayList<>();
        if (!scope.bodies().isEmpty()) {
            parts.add(java.text.MessageFormat.format(w.getString("memo.scope.bodies"),
                    String.join(", ", scope.bodies())));
        }
        if (!scope.years().isEmpty()) {
            parts.add(java.text.MessageFormat.format(w.getString("memo.scope.years"),
                    String.join(", ", scope.years().stream().map(String::valueOf).toList())));
        }
        if (scope.openOnly()) {
            parts.add(w.getString("memo.scope.open"));
        }
        return parts.isEmpty() ? w.getString("memo.scope.all") : String.join("; ", parts);
    }
}
