package org.ogireview.importing;

import org.ogireview.extract.BodyProposer;
import org.ogireview.extract.BodyResolver;
import org.ogireview.model.ResolvedBody;
import org.ogireview.store.BodyRegistry;
import org.ogireview.store.StoreException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives every report without a body one: reads the name the report's text proposes ({@link BodyProposer}; failing
 * that its title's region, failing that its file name), resolves it to a body ({@link BodyResolver}) and hands the
 * store the resolved bodies ({@link BodyRegistry#link}), which finds each again by its match key or creates it.
 */
public final class BodyLinker {

    /** Reports read, resolved and linked per transaction. */
    private static final int LINK_BATCH = 256;

    private final BodyResolver resolver;
    private final BodyProposer proposer;

    public BodyLinker() {
        this(new BodyResolver());
    }

    public BodyLinker(BodyResolver resolver) {
        this.resolver = resolver;
        this.proposer = new BodyProposer(resolver);
    }

    /** Links the registry's reports without a body; returns how many it linked. */
    public int linkNewReports(BodyRegistry registry) throws StoreException {
        List<BodyRegistry.Unlinked> pending = registry.unlinked();
        Instant now = Instant.now();
        for (int from = 0; from < pending.size(); from += LINK_BATCH) {
            List<BodyRegistry.Link> links = new ArrayList<>();
            for (BodyRegistry.Unlinked p : pending.subList(from, Math.min(pending.size(), from + LINK_BATCH))) {
                links.add(link(p));
            }
            registry.link(links, now);
        }
        return pending.size();
    }

    /** The body one report names, and where the name was read. */
    BodyRegistry.Link link(BodyRegistry.Unlinked p) {
        BodyProposer.Proposal proposal = proposer.propose(p.text(), p.region());
        if (proposal.chosen() == null) {
            boolean titled = p.region() != null && !p.region().isBlank();
            return new BodyRegistry.Link(p, body(resolver.resolve(titled ? p.region() : stem(p.fileName()))),
                    titled ? "title" : "file_name");
        }
        return new BodyRegistry.Link(p, body(proposal.resolution()),
                proposal.chosen().source().name().toLowerCase(Locale.ROOT));
    }

    static ResolvedBody body(BodyResolver.Resolution r) {
        return new ResolvedBody(r.canonicalName(), r.kind(), r.division(), r.candidates(), r.matchKey());
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
