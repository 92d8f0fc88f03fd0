package org.ogireview.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.UserText;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Import problems read in the desk's language: the message is a key of model/problems*.properties with its
 * arguments; getMessage() stays the English text the command line prints.
 */
class IngestProblemTextTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsReportedInEnglishForTheCommandLineAndInChineseForTheDesk() throws IOException {
        Path empty = Files.createFile(dir.resolve("年报.txt"));
        IngestException e = catchThrowableOfType(() -> new ReportIngester().ingest(empty), IngestException.class);
        assertThat(e.getMessage()).isEqualTo("年报.txt: the file is empty");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("年报.txt: the file is empty");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("年报.txt：文件是空的");
    }

    @Test
    void argumentsAreFilledInBothLanguagesAndTheWindowFindsTheCarrierInACauseChain() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(3 * 1024 * 1024));
        IngestException e = catchThrowableOfType(() -> new ReportIngester(1024 * 1024).ingest(big),
                IngestException.class);
        assertThat(e.getMessage()).startsWith("big.txt: the file is too large (").contains("; the limit is ");
        String zh = UserText.of(new RuntimeException("wrapped", e), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).startsWith("big.txt：文件太大（").contains("；上限为 ");
        assertThat(UserText.of(new IllegalStateException("plain"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("plain");
    }

    @Test
    void aMissingFileAndAWrongTypeKeepTheirEnglishWording() {
        IngestException missing = catchThrowableOfType(() -> new ReportIngester().ingest(dir.resolve("no.txt")),
                IngestException.class);
        assertThat(missing.getMessage()).isEqualTo("no.txt: no such file");
        assertThat(missing.message(Locale.CHINA)).isEqualTo("no.txt：文件不存在");
    }

    @Test
    void chineseAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(keys("problems_zh.properties")).isEqualTo(keys("problems.properties")).hasSizeGreaterThan(15);
    }

    private static Set<String> keys(String name) throws IOException {
        try (InputStream in = UserText.class.getResourceAsStream("/org/ogireview/model/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }
}
