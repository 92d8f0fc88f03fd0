package org.ogireview.extract;

/**
 * A figure the narrative extractor found, before it settles which one of each key stands.
 *
 * @param topic    the part of the report the figure belongs in (its section is checked against it)
 * @param kind     where it came from, which decides the checks it must pass
 * @param parent   for a dependent figure (a K.pct, a change against last year): the figure it qualifies; it stands
 *                 only when its parent does
 */
record Candidate(String key, Quantity quantity, int start, int end, double confidence, Topic topic, Kind kind,
                 Candidate parent) {

    enum Kind {
        /** A cell of a statistics table: no section or subject checks, ranked above prose. */
        TABLE,
        /** A number after its label in prose. */
        PROSE,
        /** One figure of a category split (概况类…其他类): stands only among other categories. */
        CATEGORY,
        /** A total that a channel's count could pass for (网站公开…): not taken from a channel's clause or part. */
        CHANNEL_SENSITIVE,
        /** Zero stated in words (未收到…, 无收费). */
        ZERO,
        /** A label too plain to stand outside its own part (受理申请N件 with no word of disclosure in it). */
        OWN_PART_ONLY
    }

    Candidate withConfidence(double c) {
        return new Candidate(key, quantity, start, end, c, topic, kind, parent);
    }
}
