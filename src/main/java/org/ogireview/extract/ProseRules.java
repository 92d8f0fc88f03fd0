package org.ogireview.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording of narrative reports, field by field: a label, a number, a unit ("主动公开政府信息61540条",
 * "同意公开20件,占74.07%", "设置了15个查阅点"). The wordings themselves are data, in the {@link FieldVocabulary}
 * (field-vocabulary.txt, each under its field's key); this class holds the shape of one rule. Patterns run on the
 * normalised text (Simplified, ASCII punctuation), so "主動公開" and "主动公开" read alike. Each pattern carries one
 * number ({@link Quantity#REGEX}) and its unit in group qunit.
 */
final class ProseRules {

    /**
     * @param breakdown the report often gives this count's share (占74.07%): read it as key.pct
     */
    record Rule(String key, Topic topic, AnchoredPattern matches, double confidence, Candidate.Kind kind,
                boolean breakdown, Pattern strongWords) {

        /** The kind of a match: a plain one (no word of disclosure) stands only in the part of its topic. */
        Candidate.Kind kindOf(String matched) {
            return strongWords != null && !strongWords.matcher(matched).find() ? Candidate.Kind.OWN_PART_ONLY : kind;
        }

        Rule needing(String words) {
            return new Rule(key, topic, matches, confidence, kind, breakdown, Pattern.compile(words));
        }
    }

    /** Words between a label and its number that say nothing about the number. */
    static final String FILL = FieldVocabulary.standard().define("FILL");
    /** Units of counts of reconsideration and litigation cases. */
    static final String LEGAL = FieldVocabulary.standard().define("LEGAL");

    /** Every prose wording of every field, in the vocabulary's order. */
    static final List<Rule> RULES = FieldVocabulary.standard().proseRules();

    private ProseRules() {
    }
}
