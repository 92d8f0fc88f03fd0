package org.ogireview.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Variable names Stata accepts: at most 32 characters of {@code [A-Za-z0-9_]}, starting with a letter, unique, none
 * of Stata's reserved words. A figure's name leaves room for its companions' two-character suffixes ({@code _s}
 * status, {@code _q} qualifier), so it is at most {@value #BASE_MAX}. Names come from the field key through a fixed
 * table of abbreviations ({@code applications.other_handling.overdue_amendment@natural_person} →
 * {@code app_othhdl_ovd_amend_np}): they change only when fields.csv does.
 */
public final class StataNames {

    public static final int MAX = 32;
    public static final int BASE_MAX = MAX - 2;
    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    /** Stata's reserved names (help varname). */
    public static final Set<String> RESERVED = Set.of("_all", "_b", "byte", "_coef", "_cons", "double", "float",
            "if", "in", "int", "long", "_n", "_N", "_pi", "_pred", "_rc", "_skip", "str", "strL", "using", "with");

    /** Longest first, so that {@code other_handling} is taken before {@code other}. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        String[][] table = {
                {"applications", "app"}, {"proactive", "pro"}, {"review", "rev"},
                {"natural_person", "np"}, {"commercial", "co"}, {"research", "re"}, {"ngo", "ng"},
                {"legal_services", "ls"}, {"other_org", "oo"},
                {"enforcement_files", "enf_files"}, {"query_matters", "query"}, {"process_info", "proc_info"},
                {"state_secret", "secret"}, {"not_processed", "notproc"}, {"other_handling", "othhdl"},
                {"partly_granted", "partly"}, {"total_handled", "handled"}, {"carried_in", "car_in"},
                {"carried_out", "car_out"}, {"needs_creation", "needs_create"}, {"mass_repeated", "mass_rep"},
                {"amendment", "amend"}, {"enforcement", "enf"}, {"handling", "hdl"}, {"processed", "proc"},
                {"prohibited", "prohib"}, {"publications", "publ"}, {"security", "sec"}, {"stability", "stab"},
                {"internal", "int"}, {"affairs", "aff"}, {"regulatory", "reg"}, {"procurement", "procure"},
                {"conferences", "conf"}, {"litigation", "litig"}, {"complaints", "compl"}, {"normative", "norm"},
                {"personnel", "pers"}, {"overview", "overv"}, {"licensing", "lic"}, {"decisions", "dec"},
                {"collected", "coll"}, {"information", "info"}, {"confirm", "conf"}, {"reissue", "reiss"},
                {"creation", "create"}, {"overdue", "ovd"}, {"repeated", "rep"}, {"petition", "petit"},
                {"services", "serv"}};
        List<String[]> sorted = new ArrayList<>(List.of(table));
        sorted.sort(Comparator.comparingInt((String[] w) -> -w[0].length()));
        for (String[] w : sorted) {
            WORDS.put(w[0], w[1]);
        }
    }

    private StataNames() {
    }

    public static boolean valid(String name) {
        return name != null && VALID.matcher(name).matches() && !RESERVED.contains(name);
    }

    /** The abbreviated name of a key, before uniqueness is enforced (at most {@link #BASE_MAX}). */
    static String abbreviate(String key) {
        String base = key;
        String column = "";
        int at = key.indexOf('@');
        if (at >= 0) {
            base = key.substring(0, at);
            column = key.substring(at + 1);
        }
        String s = "_" + base.replace('.', '_') + "_";
        for (Map.Entry<String, String> w : WORDS.entrySet()) {
            s = s.replace("_" + w.getKey() + "_", "_" + w.getValue() + "_");
        }
        s = s.substring(1, s.length() - 1);
        if (!column.isEmpty()) {
            s = s + "_" + WORDS.getOrDefault(column, column);
        }
        s = s.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "v" + s;
        }
        return s.length() > BASE_MAX ? s.substring(0, BASE_MAX) : s;
    }

    /**
     * Unique names for the keys in order: a name already taken (by a key column or an earlier key) gets a number,
     * shortened to keep within {@link #BASE_MAX}.
     */
    static List<String> forKeys(List<String> keys, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String name = abbreviate(k);
            String unique = name;
            for (int n = 2; !used.add(unique) || RESERVED.contains(unique); n++) {
                String suffix = "_" + n;
                unique = name.substring(0, Math.min(name.length(), BASE_MAX - suffix.length())) + suffix;
            }
            out.add(unique);
        }
        return out;
    }
}
