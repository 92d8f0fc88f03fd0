package org.ogireview.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link UserText} as the database keeps it: its key and arguments, never its English wording, so that a note
 * stored with a report reads in whatever language the window has when it is shown. The form is a JSON array,
 * {@code ["key", "arg", ["nested.key", "arg"]]}: an argument is text or a nested message of its own (the foreign
 * text inside a note, the problem inside "could not be saved: …"). A list of messages is an array of such arrays.
 *
 * <p>Text stored before the keys existed (the English of older versions, where the V10 migration did not recognise
 * it) decodes as {@link UserText#plain}: shown as it was written.
 */
public final class StoredText {

    private StoredText() {
    }

    /** The message as stored; null for null. */
    public static String encode(UserText text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        write(text, sb);
        return sb.toString();
    }

    /** Several messages as one stored value; null when there are none. */
    public static String encodeAll(List<UserText> texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < texts.size(); i++) {
            sb.append(i == 0 ? "" : ",");
            write(texts.get(i), sb);
        }
        return sb.append(']').toString();
    }

    /** The stored message; text that is not in the stored form is a literal (old English); null for null. */
    public static UserText decode(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            Object v = new Parser(stored).whole();
            if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
                return toText(list);
            }
        } catch (IllegalArgumentException notStoredForm) {
            // an older version's English: shown as it is
        }
        return UserText.plain(stored);
    }

    /** The stored messages of {@link #encodeAll}; empty for null. */
    public static List<UserText> decodeAll(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            Object v = new Parser(stored).whole();
            if (v instanceof List<?> list) {
                List<UserText> out = new ArrayList<>();
                for (Object o : list) {
                    out.add(o instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String ? toText(l)
                            : UserText.plain(String.valueOf(o)));
                }
                return out;
            }
        } catch (IllegalArgumentException notStoredForm) {
            // fall through: a literal
        }
        return List.of(UserText.plain(stored));
    }

    private static UserText toText(List<?> list) {
        Object[] args = new Object[list.size() - 1];
        for (int i = 1; i < list.size(); i++) {
            Object a = list.get(i);
            args[i - 1] = a instanceof List<?> nested && !nested.isEmpty() && nested.get(0) instanceof String
                    ? toText(nested) : String.valueOf(a);
        }
        return new UserText((String) list.get(0), args);
    }

    private static void write(UserText t, StringBuilder sb) {
        sb.append('[');
        string(t.key(), sb);
        for (Object a : t.args()) {
            sb.append(',');
            if (a instanceof UserText nested) {
                write(nested, sb);
            } else {
                string(String.valueOf(a), sb);
            }
        }
        sb.append(']');
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Reads the subset of JSON written above: arrays of strings and arrays. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object whole() {
            skip();
            Object v = value();
            skip();
            if (i != s.length()) {
                throw new IllegalArgumentException("trailing text");
            }
            return v;
        }

        private Object value() {
            skip();
            if (i >= s.length()) {
                throw new IllegalArgumentException("end");
            }
            char c = s.charAt(i);
            if (c == '[') {
                i++;
                List<Object> out = new ArrayList<>();
                skip();
                if (i < s.length() && s.charAt(i) == ']') {
                    i++;
                    return out;
                }
                while (true) {
                    out.add(value());
                    skip();
                    if (i >= s.length()) {
                        throw new IllegalArgumentException("end");
                    }
                    char d = s.charAt(i++);
                    if (d == ']') {
                        return out;
                    }
                    if (d != ',') {
                        throw new IllegalArgumentException("comma");
                    }
                }
            }
            if (c == '"') {
                i++;
                StringBuilder sb = new StringBuilder();
                while (i < s.length()) {
                    char d = s.charAt(i++);
                    if (d == '"') {
                        return sb.toString();
                    }
                    if (d != '\\') {
                        sb.append(d);
                        continue;
                    }
                    if (i >= s.length()) {
                        break;
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw new IllegalArgumentException("escape");
                            }
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                }
                throw new IllegalArgumentException("unclosed string");
            }
            throw new IllegalArgumentException("not the stored form");
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
