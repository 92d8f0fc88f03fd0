package org.ogireview.gui.document;

/**
 * Text copied from a PDF breaks every printed line ("…根据《中华人民共和\\n国政府信息公开条例》…"). Reflowed, a line
 * that runs on into the next is joined to it, so paragraphs read as paragraphs. The break becomes an invisible
 * zero-width space, one character for one, so every figure's offsets stay valid.
 * <p>
 * A break stays where a sentence or heading ends (。！？：；), before a heading or list item (一、 （二） 1. 第三条),
 * around table rows (" | ") and blank lines.
 */
public final class Reflow {

    /** What a joined break becomes: zero width, so the joined line reads straight on. */
    public static final char JOINED = '\u200B';

    private Reflow() {
    }

    public static String apply(String text) {
        if (text == null || text.indexOf('\n') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        String[] lines = text.split("\n", -1);
        int at = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            at += lines[i].length();
            if (runsOn(lines[i], lines[i + 1])) {
                out[at] = JOINED;
            }
            at++; // the break
        }
        return new String(out);
    }

    static boolean runsOn(String line, String next) {
        String a = line.stripTrailing();
        String b = next.stripLeading();
        if (a.isEmpty() || b.isEmpty() || a.contains("|") || b.contains("|")) {
            return false;
        }
        char last = a.charAt(a.length() - 1);
        if ("。！？：；!?:;".indexOf(last) >= 0) {
            return false;
        }
        return !startsHeading(b);
    }

    private static boolean startsHeading(String s) {
        return s.matches("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．]|第[一二三四五六七八九十百\\d]+[条章节部分]"
                + "|[-—–]\\s*\\d+\\s*[-—–]).*");
    }

    /** The selected text with joined breaks taken out (for a value the coder assigns from the text). */
    public static String strip(String s) {
        return s == null ? null : s.replace(String.valueOf(JOINED), "");
    }
}
