package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings' words come from check/messages*.properties, not from zh/en pairs written in the rules: every rule
 * has moved, so a rule with a Chinese literal in its code fails here.
 */
class CheckTextTest {

    /** None left: every rule's messages come from the bundles. GrowthStatements and Bodies read report text. */
    private static final Set<String> NOT_YET_MOVED = Set.of();
    private static final Set<String> READS_REPORT_TEXT = Set.of("GrowthStatements", "Bodies");

    private static final Pattern HAN_LITERAL = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\"");

    @Test
    void chineseAndEnglishHoldTheSameKeys() throws IOException {
        Set<String> en = keys("messages.properties");
        Set<String> zh = keys("messages_zh.properties");
        assertThat(en).hasSizeGreaterThan(20);
        assertThat(zh).isEqualTo(en);
    }

    @Test
    void noRuleBeyondTheListedOnesWritesChineseInCode() throws IOException {
        Set<String> withHan = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/ogireview/check"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readAllLines(f).stream()
                        .filter(l -> !l.strip().startsWith("*") && !l.strip().startsWith("//")
                                && !l.strip().startsWith("/*"))
                        .reduce("", (a, b) -> a + "\n" + b);
                if (HAN_LITERAL.matcher(code).find()) {
                    withHan.add(f.getFileName().toString().replace(".java", ""));
                }
            }
        }
        withHan.removeAll(READS_REPORT_TEXT);
        assertThat(NOT_YET_MOVED).containsAll(withHan);
        assertThat(withHan).as("moved to the bundles: take it off NOT_YET_MOVED").containsAll(NOT_YET_MOVED);
    }

    @Test
    void aGapFindingIsWordedByTheBundlesInBothLanguages() {
        Finding f = FindingWords.couldNotRun("r", Severity.ERROR, List.of("a", "b"), List.of(
                new Reading("applications.received", null, null, Reading.Gap.MISSING),
                new Reading("applications.carried_over", null, null, Reading.Gap.MISSING),
                new Reading("fees.amount", null, null, Reading.Gap.BLANK)));
        assertThat(f.messageZh()).isEqualTo("无法检查：缺少 applications.received、applications.carried_over；原文留空 fees.amount");
        assertThat(f.messageEn()).isEqualTo(
                "could not run: missing applications.received, applications.carried_over; blank in source fees.amount");
    }

    private static Set<String> keys(String name) throws IOException {
        try (InputStream in = CheckText.class.getResourceAsStream("/org/ogireview/check/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }
}
