package org.ogireview.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English left in a message meant for the Chinese desk. The app's and its commands' names, options and the names of
 * encodings and formats are written the same in both languages; file paths and what the operating system or a
 * library said (passed in as {@code asIs}) are shown as they are.
 */
public final class ChineseText {

    /** Latin words a Chinese message may hold. */
    private static final Set<String> NAMES = Set.of("OGI", "Report", "Review", "db", "verify", "restore", "UTF",
            "GB", "Big", "PDF", "HTML", "html", "body", "txt", "htm", "pdf", "ZIP", "docx", "xlsx", "doc", "xls", "Word",
            "Excel", "RTF", "Unicode", "ToUnicode",
            "PostgreSQL", "PGPASSWORD", "pgpass", "createdb", "postgresql", "HOST", "PORT", "NAME", "localhost", "ogi");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    private ChineseText() {
    }

    /** The English words in the text, once the parts shown as they are have been taken out. */
    public static List<String> englishIn(String text, String... asIs) {
        String t = text;
        for (String s : asIs) {
            if (s != null && !s.isEmpty()) {
                t = t.replace(s, " ");
            }
        }
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            if (!NAMES.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
