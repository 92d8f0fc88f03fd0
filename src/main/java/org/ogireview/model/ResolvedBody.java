package org.ogireview.model;

import java.util.List;

/**
 * A body as a name resolved to it, before it is stored: what the store needs to find the body again or create it.
 * The import pipeline resolves the names ({@code org.ogireview.importing.BodyLinker}); the store only keeps them.
 *
 * @param canonicalName the body's name as the app writes it (洪泽区人民政府, 泸州市财政局)
 * @param division      null unless the name settled one division
 * @param candidates    the divisions the name could mean (one when resolved)
 * @param matchKey      equal for every name of one body: the store's key for finding it again
 */
public record ResolvedBody(String canonicalName, BodyKind kind, Division division, List<Division> candidates,
                           String matchKey) {

    public ResolvedBody {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
