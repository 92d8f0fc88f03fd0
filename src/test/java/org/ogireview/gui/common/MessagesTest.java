package org.ogireview.gui.common;

import org.junit.jupiter.api.Test;
import org.ogireview.export.ExportLayout;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;
import org.ogireview.model.ReviewState;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every string the desk asks for exists in English and Chinese, and the two bundles hold the same keys. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/ogireview/gui");

    @Test
    void chineseAndEnglishHoldTheSameKeys() throws IOException {
        Set<String> en = keys("messages.properties");
        Set<String> zh = keys("messages_zh.properties");
        assertThat(en).hasSizeGreaterThan(100);
        assertThat(zh).as("keys missing from messages_zh.properties").containsAll(en);
        assertThat(en).as("keys only in messages_zh.properties").containsAll(zh);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>(literalKeys());
        for (String s : FormViewModel.SECTIONS) {
            used.add("section." + s);
        }
        for (ReportFormat f : ReportFormat.values()) {
            used.add("format." + f.code());
        }
        for (FigureStatus s : FigureStatus.values()) {
            used.add("status." + s.code());
        }
        for (ReviewState s : ReviewState.values()) {
            used.add("state." + s.code());
        }
        for (Qualifier q : Qualifier.values()) {
            used.add("qualifier." + (q == Qualifier.EXACT ? "exact" : q.code()));
        }
        for (ExportLayout l : ExportLayout.values()) {
            used.add("export.layout." + l.code());
            used.add("export.layout." + l.code() + ".hint");
        }
        assertThat(used).hasSizeGreaterThan(80);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages m = Messages.forLocale(locale);
            List<String> missing = used.stream().filter(k -> !m.bundle().containsKey(k)).toList();
            assertThat(missing).as("missing in " + locale).isEmpty();
        }
    }

    @Test
    void languageFollowsTheLocaleNotTheSystemDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Messages.forLocale(Locale.ENGLISH).get("menu.file")).isEqualTo("File");
            assertThat(Messages.forLocale(Locale.TRADITIONAL_CHINESE).get("menu.file")).isEqualTo("文件");
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.forLocale(Locale.CHINA).get("menu.file")).isEqualTo("文件");
            assertThat(Messages.forLocale(Locale.GERMAN).get("menu.file")).isEqualTo("File");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void formattedMessagesKeepTheirArguments() {
        Messages zh = Messages.forLocale(Locale.CHINA);
        assertThat(zh.format("import.done", 3, 1, 0)).isEqualTo("导入完成：新增 3 份，已存在 1 份，失败 0 份");
        assertThat(Messages.forLocale(Locale.ENGLISH).format("list.count", 2, 7)).isEqualTo("2 of 7 reports");
        assertThat(zh.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static Set<String> literalKeys() throws IOException {
        Pattern call = Pattern.compile("(?:\\bm|messages|m\\(\\)|messages\\(\\))\\s*\\.\\s*(?:get|format)\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = call.matcher(Files.readString(f));
                while (matcher.find()) {
                    out.add(matcher.group(1));
                }
            }
        }
        return new TreeSet<>(out);
    }

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/ogireview/gui/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
