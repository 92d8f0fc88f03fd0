package org.ogireview.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One made-up body reporting over many years, for the bench's series and the collection views' tests: the bundled
 * narrative report of 绵阳市 2017, rewritten for another city and year, its counts scaled with the year (a body whose
 * applications grow) so that the series has a shape. Dates and years move with the report year.
 */
public final class SyntheticBody {

    private static final String TEMPLATE = "/org/ogireview/samples/001_cad39cc556105118.txt";
    private static final String TEMPLATE_PLACE = "绵阳市";
    private static final int TEMPLATE_YEAR = 2017;
    /** A date, a year before 年, or a count (not part of a decimal, not a day or month). */
    private static final Pattern TOKEN = Pattern.compile("(?<date>(?<![\\d.])(?:19|20)\\d\\d(?=-\\d\\d-\\d\\d))"
            + "|(?<year>(?<![\\d.])(?:19|20)\\d\\d(?=\\s*年))"
            + "|(?<count>(?<![\\d.\\-])\\d{1,6}(?![\\d.\\-])(?!\\s*[年月日号]))");

    private SyntheticBody() {
    }

    /**
     * Writes one report per year, {@code fromYear} to {@code fromYear + years - 1} (narrative era: up to 2018),
     * named {@code <place>-<year>.txt}; returns the files in year order.
     *
     * @param place a city's name as the division list writes it (德阳市), so that the body gets its division
     */
    public static List<Path> write(Path folder, String place, int fromYear, int years) throws IOException {
        return write(folder, place, fromYear, years, 0.55);
    }

    /** As {@link #write(Path, String, int, int)}, the first year's counts the template's times {@code scale}. */
    public static List<Path> write(Path folder, String place, int fromYear, int years, double scale)
            throws IOException {
        Files.createDirectories(folder);
        String template = template();
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            int year = fromYear + i;
            Path file = folder.resolve(String.format(Locale.ROOT, "%s-%d.txt", place, year));
            Files.writeString(file, text(template, place, year, scale + 0.1 * i), StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }

    static String text(String template, String place, int year, double scale) {
        String text = template.replace(TEMPLATE_PLACE, place);
        int delta = year - TEMPLATE_YEAR;
        Matcher m = TOKEN.matcher(text);
        StringBuilder b = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String replacement;
            if (m.group("date") != null || m.group("year") != null) {
                replacement = Integer.toString(Integer.parseInt(m.group()) + delta);
            } else {
                String digits = m.group("count");
                long v = Long.parseLong(digits);
                replacement = digits.length() > 1 && digits.charAt(0) == '0' ? digits // a code, not a count
                        : Long.toString(Math.round(v * scale));
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String template() {
        try (InputStream in = SyntheticBody.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled report " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
