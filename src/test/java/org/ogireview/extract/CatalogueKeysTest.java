package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every field key the extraction and check rules name exists in the catalogue (fields.csv), and a figure of a key
 * the catalogue does not know fails the extraction loudly instead of vanishing.
 */
class CatalogueKeysTest {

    private static final FieldCatalog CATALOG = FieldCatalog.standard();
    private static final List<Path> RULE_SOURCES = List.of(Path.of("src/main/java/org/ogireview/extract"),
            Path.of("src/main/java/org/ogireview/check"));

    /**
     * String literals shaped like a field key of one of the catalogue's sections: "applications.granted", or a
     * prefix a rule completes in code ("applications.other_handling.", "litigation.direct").
     */
    private static Pattern keyLiteral() {
        String sections = CATALOG.fields().stream().map(f -> f.key().substring(0, f.key().indexOf('.')))
                .distinct().collect(Collectors.joining("|"));
        return Pattern.compile("\"((?:" + sections + ")(?:\\.[a-z_]+)*\\.?(?:@[a-z_]+)?)\"");
    }

    @Test
    void everyKeyTheExtractAndCheckRulesNameIsInTheCatalogue() throws IOException {
        Pattern literal = keyLiteral();
        Map<String, List<String>> unknown = new TreeMap<>();
        int seen = 0;
        for (Path dir : RULE_SOURCES) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(p -> p.toString().endsWith(".java")).toList();
            }
            for (Path file : files) {
                Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    seen++;
                    String key = m.group(1);
                    if (!known(key)) {
                        unknown.computeIfAbsent(key, k -> new ArrayList<>()).add(file.getFileName().toString());
                    }
                }
            }
        }
        // about 90 left in code since the check relations moved to check/field-relations.txt, whose keys
        // FieldRelationsTest checks against the catalogue
        assertThat(seen).as("key literals found in the rules").isGreaterThan(50);
        assertThat(unknown).as("keys the rules name that fields.csv does not know").isEmpty();
    }

    @Test
    void theKeyScanCatchesATypo() {
        assertThat(known("applications.received")).isTrue();
        assertThat(known("applications.received.pct")).isTrue();
        assertThat(known("applications.granted@natural_person")).isTrue();
        assertThat(known("applications.other_handling.")).isTrue();
        assertThat(known("litigation.direct")).isTrue();
        assertThat(known("applications.recieved")).isFalse();
        assertThat(known("applications.other_handlin.")).isFalse();
        assertThat(keyLiteral().matcher("x = \"applications.recieved\";").find()).isTrue();
    }

    /** A key of the catalogue, or a prefix that one of its keys continues at a dot. */
    private static boolean known(String key) {
        if (CATALOG.knows(key)) {
            return true;
        }
        String prefix = key.endsWith(".") ? key : key + ".";
        return CATALOG.fields().stream().map(FieldDef::key).anyMatch(k -> k.startsWith(prefix));
    }

    @Test
    void aFigureOfAKeyTheCatalogueLacksFailsTheExtraction() throws IOException {
        String csv;
        try (InputStream in = FieldCatalog.class.getResourceAsStream("/org/ogireview/model/fields.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutTotal = csv.lines().filter(l -> !l.startsWith("proactive.total,"))
                .collect(Collectors.joining("\n"));
        FieldCatalog lacking = FieldCatalog.read(new StringReader(withoutTotal));
        assertThat(lacking.knows("proactive.total")).isFalse();
        String text = "某县2012年政府信息公开工作年度报告\n全年主动公开政府信息61540条。\n";
        IngestedDocument doc = new IngestedDocument("t.txt", "", "txt", "UTF-8", text, List.of(), List.of(), 0, null,
                List.of());

        assertThat(new Extractor().extract(doc).figures()).anyMatch(f -> f.key().equals("proactive.total"));
        assertThatThrownBy(() -> new Extractor(lacking).extract(doc))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'proactive.total'").hasMessageContaining("fields.csv");
    }

    @Test
    void theVocabularyCoversTheKeysItsReadersShare() {
        Set<String> keys = FieldVocabulary.standard().keys();
        assertThat(keys).contains("proactive.total", "proactive.total_change", "applications.received",
                "review.total", "fees.collected", "staff.total", "channels.reading_points");
    }
}
