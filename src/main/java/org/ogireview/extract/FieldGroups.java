package org.ogireview.extract;

import java.util.List;

/**
 * Groups of fields the field vocabulary declares, for the checks that add them up: the proactive categories
 * (概况类 …, worded as a category in field-vocabulary.txt) and the application channels (当面, 网上 …, the fields with
 * a {@code channel} line). A field added to either group in the vocabulary is summed by the checks as well.
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
}
