package org.ogireview.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * A report's text as the context that settles an ambiguous body name (鼓楼区 with 南京市 named elsewhere): folded
 * only when first asked, and each name looked for once, however many candidates share a parent and however many
 * names of one report are resolved against it.
 */
final class NamesInText {

    private final String raw;
    private final boolean folded;
    private String text;
    private final Map<String, Boolean> seen = new HashMap<>();

    /**
     * @param text   the context; null is empty
     * @param folded true when the text is already {@link NormalizedText#foldAll folded}
     */
    NamesInText(String text, boolean folded) {
        this.raw = text == null ? "" : text;
        this.folded = folded;
    }

    boolean isEmpty() {
        return raw.isEmpty();
    }

    /** True when the text holds the name (a folded, Simplified name). */
    boolean names(String name) {
        if (text == null) {
            text = folded ? raw : NormalizedText.foldAll(raw);
        }
        return seen.computeIfAbsent(name, text::contains);
    }
}
