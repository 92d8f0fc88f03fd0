package org.ogireview;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small classes (issue 10): a source file in src/main over 400 lines must say in its top-level type's
 * Javadoc why it is one piece, in a sentence such as "One piece because the workers, the batching writer and the
 * cancel/kill handling share one queue" (see {@code Database}, {@code CollectionImporter}, {@code BodyRegistry}).
 * A class that grows past the limit without one fails here: split it, or write down why it cannot be split.
 */
class ClassSizeTest {

    static final int LIMIT = 400;

    /** "One piece", then a reason of a few words in the same sentence (because, as, on purpose: ...). */
    private static final Pattern ONE_PIECE = Pattern.compile("(?i)\\bone piece\\b[^.]{12,}");
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "(?m)^(?:public\\s+|final\\s+|abstract\\s+|sealed\\s+|non-sealed\\s+|strictfp\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+\\w+");

    @Test
    void everyClassOverTheLimitSaysWhyItIsOnePiece() throws IOException {
        List<String> unexplained = new ArrayList<>();
        int big = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                long lines = source.lines().count();
                if (lines > LIMIT) {
                    big++;
                    if (!explainsWhyOnePiece(source)) {
                        unexplained.add(f + " (" + lines + " lines)");
                    }
                }
            }
        }
        assertThat(big).as("the scan found the big classes (Database is over %d lines)", LIMIT).isPositive();
        assertThat(unexplained).as("classes over %d lines whose Javadoc does not say why they are one piece",
                LIMIT).isEmpty();
    }

    @Test
    void theReasonMustBeInTheTopLevelTypesJavadoc() {
        String explained = """
                package x;

                /**
                 * Opens the database.
                 *
                 * <p>One piece because opening is one decision over the same file and pool.
                 */
                @SuppressWarnings("unused")
                public final class Database {
                }
                """;
        assertThat(explainsWhyOnePiece(explained)).isTrue();
        // the words alone, with no reason after them
        assertThat(explainsWhyOnePiece(explained.replace("One piece because opening is one decision over the same "
                + "file and pool.", "One piece."))).isFalse();
        // the sentence in a method's comment, not the class's
        assertThat(explainsWhyOnePiece("""
                package x;

                /** Opens the database. */
                public final class Database {
                    /** One piece because this method does everything at once. */
                    void open() {
                    }
                }
                """)).isFalse();
        assertThat(explainsWhyOnePiece("package x;\n\npublic final class Database {\n}\n")).isFalse();
    }

    static boolean explainsWhyOnePiece(String source) {
        return typeJavadoc(source).map(doc -> ONE_PIECE.matcher(doc.replaceAll("\\s*\\n\\s*\\*\\s?", " "))
                .find()).orElse(false);
    }

    /** The Javadoc right above the first top-level type (annotations may stand between them). */
    static Optional<String> typeJavadoc(String source) {
        Matcher m = TOP_LEVEL_TYPE.matcher(source);
        if (!m.find()) {
            return Optional.empty();
        }
        String before = source.substring(0, m.start()).stripTrailing();
        while (before.endsWith(")") || before.matches("(?s).*\\n@\\w+(\\.\\w+)*$")) {
            int at = before.lastIndexOf("\n@");
            if (at < 0) {
                break;
            }
            before = before.substring(0, at).stripTrailing();
        }
        if (!before.endsWith("*/")) {
            return Optional.empty();
        }
        int open = before.lastIndexOf("/**");
        return open < 0 ? Optional.empty() : Optional.of(before.substring(open));
    }
}
