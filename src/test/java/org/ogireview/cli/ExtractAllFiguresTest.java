package org.ogireview.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code extract} prints catalogue figures only, so scores against the gold never see a report-specific figure;
 * {@code --all-figures} adds them. Real text: 24_jinyun_huzhen_town_2013_partial.txt
 * (http://www.jinyun.gov.cn/art/2014/3/17/art_1229619278_4873442.html).
 */
class ExtractAllFiguresTest extends CliTestBase {

    @Test
    void ownFiguresOnlyWithTheFlag() throws Exception {
        String file = Path.of(getClass().getResource("/reports/own/24_jinyun_huzhen_town_2013_partial.txt").toURI())
                .toString();
        assertThat(run("extract", file)).isZero();
        String plain = out.toString(StandardCharsets.UTF_8);
        assertThat(plain).contains(",proactive.total,192,").doesNotContain(",own.");
        out.reset();
        assertThat(run("extract", "--all-figures", file)).isZero();
        String all = out.toString(StandardCharsets.UTF_8);
        assertThat(all).startsWith(plain.substring(0, plain.indexOf('\n')));
        assertThat(all).contains(",own.cat.党政信息,147,,").contains(",own.cat.文件,47,,").contains(",own.cat.制度,4,,");
        for (String line : plain.split("\n")) {
            assertThat(all).contains(line); // every catalogue row as it was
        }
    }
}
