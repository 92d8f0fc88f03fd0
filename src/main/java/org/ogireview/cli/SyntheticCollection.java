package org.ogireview.cli;

import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.ReportIngester;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A made-up collection for the benchmark, built from the bundled reports: each copy gets another body name, its
 * years shifted within the template's era (so a 2023 table report stays a table2021 report), and every count
 * nudged, so each file is a different report (a different SHA-256) of realistic shape and size.
 */
final class SyntheticCollection {

    private static final String SAMPLES = "/org/ogireview/samples/";
    /** The sample reports as PDF, bundled for the bench only (see the pom). */
    private static final String PDF_FOLDER = "/org/ogireview/bench/";
    private static final List<String> PDFS = List.of("hongze-2023.pdf", "hongze-2024.pdf");
    private static final Pattern PLACE = Pattern.compile("[\\u4e00-\\u9fff]{2,4}?[市县区縣區]");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?=\\s*年)");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.])\\d{1,6}(?![\\d.])(?!\\s*[年月日号])");
    private static final String FIRST = "青安东西南北长永平新清和宁兴丰富华江河山湖云龙凤金玉石桃柳松";
    private static final String SECOND = "阳城川溪林源泉田乡水州江原岗坪桥口台关沟岭塘湾洲浦峰谷庄堡坝";
    private static final String THIRD = "上下中东西南北前后大小";

    private record Template(String name, String text, String place, int year) {
    }

    private final List<Template> templates = new ArrayList<>();

    SyntheticCollection() {
        for (String line : resource("index.txt").split("\\R")) {
            // index.txt: "resource [readable name]" per line, # comments (see gui.importing.BundledSamples)
            String name = line.strip().split("\\s+")[0];
            if (!name.isEmpty() && !name.startsWith("#")) {
                String text = resource(name);
                templates.add(new Template(name, text, mostFrequent(PLACE, text), mostFrequentYear(text)));
            }
        }
    }

    int templates() {
        return templates.size();
    }

    /** Writes n report files into the folder; returns their total size in bytes. */
    long write(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Template t = templates.get(i % templates.size());
            Random random = new Random(31L * i + 7);
            String place = name(i, t.place());
            int year = shiftedYear(t.year(), random);
            String text = variant(t, place, year, random);
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format("%05d_%s_%d.txt", i, place, year)), data);
            bytes += data.length;
        }
        return bytes;
    }

    /** A PDF collection: the bundled PDFs, {@code copies} of each; returns how many pages they hold in all. */
    int writePdfs(Path folder, int copies) throws IOException {
        Files.createDirectories(folder);
        int pages = 0;
        for (String name : PDFS) {
            byte[] pdf = bytes(PDF_FOLDER + name);
            int each;
            try {
                Path probe = folder.resolve("probe-" + name);
                Files.write(probe, pdf);
                each = new ReportIngester().ingest(probe).pageCount();
                Files.delete(probe);
            } catch (IngestException e) {
                throw new IOException("the bundled " + name + " cannot be read: " + e.getMessage(), e);
            }
            for (int i = 0; i < copies; i++) {
                // a comment after the end marker: still the same document, but another file (another SHA-256)
                byte[] tail = ("\n%ogi-bench copy " + i + "\n").getBytes(StandardCharsets.US_ASCII);
                byte[] copy = Arrays.copyOf(pdf, pdf.length + tail.length);
                System.arraycopy(tail, 0, copy, pdf.length, tail.length);
                Files.write(folder.resolve(String.format(Locale.ROOT, "%03d_%s", i, name)), copy);
                pages += each;
            }
        }
        return pages;
    }

    private static String variant(Template t, String place, int year, Random random) {
        String text = t.place() == null ? place + "\n" + t.text() : t.text().replace(t.place(), place);
        int delta = t.year() == 0 ? 0 : year - t.year();
        if (delta != 0) {
            text = replaceAll(YEAR, text, m -> Integer.toString(Integer.parseInt(m.group(1)) + delta));
        }
        return replaceAll(COUNT, text, m -> nudge(m.group(), random));
    }

    /** A different body for every index (11 x 30 x 30 names before one repeats), same kind of place. */
    private static String name(int i, String original) {
        char kind = original == null ? '县' : original.charAt(original.length() - 1);
        if (kind == '縣') {
            kind = '县';
        } else if (kind == '區') {
            kind = '区';
        }
        int a = i % FIRST.length();
        int b = (i / FIRST.length()) % SECOND.length();
        int c = (i / (FIRST.length() * SECOND.length())) % (THIRD.length() + 1);
        String prefix = c == 0 ? "" : String.valueOf(THIRD.charAt(c - 1));
        return prefix + FIRST.charAt(a) + SECOND.charAt(b) + kind;
    }

    /** Another year of the same era: narrative up to 2018, trial tables 2019-2020, revised tables from 2021. */
    private static int shiftedYear(int year, Random random) {
        if (year == 0) {
            return 0;
        }
        if (year <= 2018) {
            return 2008 + random.nextInt(11);
        }
        if (year <= 2020) {
            return 2019 + random.nextInt(2);
        }
        return 2021 + random.nextInt(4);
    }

    private static String nudge(String digits, Random random) {
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            return digits; // a code such as an area code, not a count
        }
        long v = Long.parseLong(digits);
        if (v == 0) {
            return random.nextInt(5) == 0 ? "1" : "0";
        }
        long span = Math.max(1, v / 5);
        return Long.toString(Math.max(0, v + random.nextLong(2 * span + 1) - span));
    }

    private interface Replacer {
        String apply(Matcher m);
    }

    private static String replaceAll(Pattern p, String text, Replacer r) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(r.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String mostFrequent(Pattern p, String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int mostFrequentYear(String text) {
        String y = mostFrequent(YEAR, text);
        if (y == null) {
            return 0;
        }
        Matcher m = YEAR.matcher(y);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String resource(String name) {
        return new String(bytes(SAMPLES + name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = SyntheticCollection.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled report " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
