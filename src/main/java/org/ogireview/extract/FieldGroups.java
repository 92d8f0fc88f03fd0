package org.ogireview.extract;

import java.util.List;

/**
 * Groups of fields the field vocabulary declares, for the checks that add them up: the proactive categories
 * (概况类 …, worded as a category in field-vocabulary.txt) and the application channels (当面, 网上 …, the fields with
 * a {@code channel} line). A field added to either group in the vocabulary is summed by the checks as well. The
 * other two lists let the checks' own relations (check/field-relations.txt) be tested against the vocabulary.
 */
public final class FieldGroups {

    private FieldGroups() {
    }

    /** proactive.overview … proactive.other, in the vocabulary's order. */
    public static List<String> proactiveCategories() {
        return List.copyOf(FieldVocabulary.standard().categoryKeys());
    }

    /** applications.in_person … applications.email, in the vocabulary's order. */
    public static List<String> applicationChannels() {
        return List.copyOf(FieldVocabulary.standard().channelKeys());
    }

    /** Fields whose share the extractor reads right after them (占74.07%: KEY.pct), in the vocabulary's order. */
    public static List<String> statedShares() {
        return FieldVocabulary.standard().fields().stream().filter(FieldVocabulary.Field::share)
                .map(FieldVocabulary.Field::key).toList();
    }

    /** The fields the vocabulary names rows of table 三 for, in template order. */
    public static List<String> applicationTableRows() {
        return FieldVocabulary.standard().table3().stream().filter(r -> !r.isGroup())
                .map(FieldVocabulary.Table3Row::key).toList();
    }
}
