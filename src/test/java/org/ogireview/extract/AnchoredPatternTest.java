package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AnchoredPatternTest {

    @Test
    void everyProseRuleIsTriedOnlyAtItsKeyWords() {
        for (ProseRules.Rule rule : ProseRules.RULES) {
            assertThat(rule.matches().anchored()).as(rule.key()).isTrue();
        }
    }

    @Test
    void anchoringFindsWhatAPlainSearchFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path seed : TestFiles.seeds()) {
            texts.add(NormalizedText.of(Files.readString(seed, StandardCharsets.UTF_8)).normalized());
        }
        for (ProseRules.Rule rule : ProseRules.RULES) {
            for (String s : texts) {
                List<String> anchored = new ArrayList<>();
                rule.matches().forEach(s, m -> anchored.add(m.start() + ":" + m.group()));
                List<String> plain = new ArrayList<>();
                Matcher m = rule.matches().pattern().matcher(s);
                while (m.find()) {
                    plain.add(m.start() + ":" + m.group());
                }
                assertThat(anchored).as(rule.key()).isEqualTo(plain);
            }
        }
    }

    @Test
    void readsTheWordsAPatternStartsWith() {
        List<String> hits = new ArrayList<>();
        AnchoredPattern p = AnchoredPattern.of(Pattern.compile("(?<!不)(?:同意|予以)?公开(\\d+)件|维持(\\d+)件"));
        assertThat(p.anchored()).isTrue();
        p.forEach("同意公开3件,不公开4件,公开5件,维持2件", m -> hits.add(m.group()));
        assertThat(hits).containsExactly("同意公开3件", "公开5件", "维持2件");
        assertThat(AnchoredPattern.of(Pattern.compile("[eE]mail\\d")).anchored()).isFalse();
        assertThat(AnchoredPattern.of(Pattern.compile("(?:a|b){0,2}c")).anchored()).isFalse();
    }
}
