package org.ogireview.extract;

import org.ogireview.model.BodyKind;
import org.ogireview.model.Division;
import org.ogireview.model.DivisionLevel;
import org.ogireview.model.Divisions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the name a report gives its issuer into a body: its administrative division (by the code list of
 * {@link Divisions}), its kind, a canonical name and a match key under which the same body meets itself again.
 *
 * <p>Aliases that resolve to the same body: the 人民政府 suffix or none (洪泽区人民政府 = 洪泽区), parents in front
 * (淮安市洪泽区 = 洪泽区 in 淮安市; 江苏省淮安市洪泽区 too), Traditional characters (瀘州市 = 泸州市), full-width
 * forms, spaces and markup or OCR noise around the name (a leading {@code #}, {@code **}, brackets). A name that
 * belongs to several divisions (鼓楼区) is settled by the parents the context names (南京市 elsewhere in the text);
 * when the context does not settle it the resolution stays ambiguous, its candidates listed, and no division is
 * guessed.
 */
public final class BodyResolver {

    /** Noise before a name: markup, bullets, numbering, OCR debris. */
    private static final Pattern LEADING_NOISE = Pattern.compile("^[^\\p{IsHan}A-Za-z]+");
    private static final Pattern TRAILING_NOISE = Pattern.compile("[^\\p{IsHan}A-Za-z)）]+$");
    private static final Pattern INNER_NOISE = Pattern.compile("[\\s《》\"“”'‘’\\[\\]【】*#_|]+");
    private static final Pattern GOVERNMENT = Pattern.compile("^(?:人民政府|政府)$");
    private static final Pattern OFFICE = Pattern.compile("^(?:人民政府|政府)?(?:办公室|办公厅|办)$");
    private static final Pattern ZONE = Pattern.compile(
            "(?:管理委员会|管委会|开发区|高新区|园区|产业园|工业园|新区|示范区|保税区|试验区)");
    private static final Pattern ZONE_COMMITTEE_WORDS = Pattern.compile("(?:管理委员会|管委会|管委)$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            ".*(?:局|委员会|委|厅|中心|院|办|署|会|所|站|处|部)$");
    private static final Pattern STREET = Pattern.compile("^(?:街道办事处|街道办|办事处)$");

    /** The longest name looked up at one place of a name (longer division names are rare and none is needed). */
    private static final int MAX_NAME = 16;

    private final Divisions divisions;

    public BodyResolver() {
        this(Divisions.standard());
    }

    public BodyResolver(Divisions divisions) {
        this.divisions = divisions;
    }

    public Divisions divisions() {
        return divisions;
    }

    /** How a name resolved. */
    public enum Outcome {
        /** One division, from the name alone. */
        RESOLVED,
        /** Several divisions carry the name; the parents the context names chose one. */
        FROM_CONTEXT,
        /** Several divisions carry the name and nothing chose one: left for the user. */
        AMBIGUOUS,
        /** No division in the name. */
        NO_DIVISION
    }

    /**
     * @param cleaned       the name as given, folded and without noise
     * @param canonicalName the body's name as the app writes it (洪泽区人民政府, 泸州市财政局)
     * @param division      null unless the outcome is RESOLVED or FROM_CONTEXT
     * @param candidates    the divisions the name could mean (one when resolved)
     * @param matchKey      equal for every name of one body: division code (or the name when there is none), kind,
     *                      and the agency's own words
     */
    public record Resolution(String cleaned, String canonicalName, BodyKind kind, Division division,
                             List<Division> candidates, Outcome outcome, String matchKey) {

        public boolean ambiguous() {
            return outcome == Outcome.AMBIGUOUS;
        }
    }

    /** The name with markup and OCR noise, spaces, Traditional and full-width forms taken out. */
    public static String clean(String name) {
        if (name == null) {
            return "";
        }
        String s = NormalizedText.foldAll(name);
        s = LEADING_NOISE.matcher(s).replaceAll("");
        s = INNER_NOISE.matcher(s).replaceAll("");
        s = TRAILING_NOISE.matcher(s).replaceAll("");
        return s.replace('（', '(').replace('）', ')');
    }

    public Resolution resolve(String name) {
        return resolve(name, "");
    }

    /**
     * @param context text that may name the parents of an ambiguous division (the report's text); may be empty
     */
    public Resolution resolve(String name, String context) {
        return resolve(name, new NamesInText(context, false));
    }

    /**
     * @param context the text that may name the parents of an ambiguous division; read only when the name is
     *                ambiguous, and each parent name looked for once (a proposer resolves several names against one
     *                report text)
     */
    Resolution resolve(String name, NamesInText context) {
        String s = clean(name);
        List<Division> current = List.of();
        int pos = 0;
        while (pos < s.length()) {
            Step step = nextDivision(s, pos, current);
            if (step == null) {
                break;
            }
            current = step.found;
            pos = step.end;
        }
        String rest = s.substring(pos);
        Outcome outcome;
        Division division = null;
        if (current.isEmpty()) {
            outcome = Outcome.NO_DIVISION;
        } else if (current.size() == 1) {
            outcome = Outcome.RESOLVED;
            division = current.get(0);
        } else {
            division = fromContext(current, context);
            outcome = division == null ? Outcome.AMBIGUOUS : Outcome.FROM_CONTEXT;
        }
        Division named = division != null ? division : current.isEmpty() ? null : current.get(0);
        String place = named == null ? "" : named.name();
        BodyKind kind = kind(rest, named, s);
        String canonical = canonical(kind, place, rest, s);
        String agency = switch (kind) {
            case GOVERNMENT, TOWNSHIP, STREET, OFFICE -> "";
            case ZONE_COMMITTEE -> ZONE_COMMITTEE_WORDS.matcher(rest).replaceAll("");
            default -> rest;
        };
        String where = division != null ? division.code()
                : current.isEmpty() ? "?" + withoutGovernmentWords(s)
                : "?" + place + current.stream().map(Division::code).sorted().toList();
        return new Resolution(s, canonical, kind, division, List.copyOf(current), outcome,
                where + "|" + kind.code() + "|" + agency);
    }

    private record Step(List<Division> found, int end) {
    }

    /**
     * The longest division name at pos that lies within one of the divisions found so far: at most 15 lookups by
     * name (16 characters down to 2), each checking the few divisions of that name against their parents.
     */
    private Step nextDivision(String s, int pos, List<Division> within) {
        int max = Math.min(s.length() - pos, MAX_NAME);
        for (int len = max; len >= 2; len--) {
            String part = s.substring(pos, pos + len);
            List<Division> found = new ArrayList<>(divisions.namedWithin(part, false, within));
            boolean more = pos + len < s.length();
            if (found.isEmpty() && more) {
                // a short form in front of other words: 淮安洪泽区, 乐山高新区; townships only under their county
                for (Division d : divisions.namedWithin(part, true, within)) {
                    if (d.level() != DivisionLevel.TOWNSHIP || !within.isEmpty()) {
                        found.add(d);
                    }
                }
                // a short form that is only the start of a longer word (洪泽湖 is no 洪泽区) is no name
                if (!found.isEmpty() && startsDivisionWord(s, pos + len)) {
                    found.clear();
                }
            }
            if (!found.isEmpty()) {
                return new Step(narrowParents(found), pos + len);
            }
        }
        return null;
    }

    private static boolean startsDivisionWord(String s, int at) {
        char c = s.charAt(at);
        return c == '湖' || c == '山' || c == '江' || c == '河';
    }

    /** Keeps the candidates in a stable order (by code). */
    private static List<Division> narrowParents(List<Division> found) {
        List<Division> out = new ArrayList<>(new LinkedHashSet<>(found));
        out.sort(Comparator.comparing(Division::code));
        return out;
    }

    /** The candidate whose parents the context names most, when exactly one leads; null otherwise. */
    private Division fromContext(List<Division> candidates, NamesInText context) {
        if (context.isEmpty()) {
            return null;
        }
        int best = 0;
        Division chosen = null;
        boolean tie = false;
        for (Division d : candidates) {
            int score = 0;
            Set<String> seen = new LinkedHashSet<>();
            for (Division p : divisions.path(d)) {
                if (p.code().equals(d.code())) {
                    continue;
                }
                for (String n : List.of(p.name(), Divisions.shortName(p.name()))) {
                    if (n.length() >= 2 && seen.add(n) && context.names(n)) {
                        score += p.level() == DivisionLevel.PROVINCE ? 1 : 2;
                        break;
                    }
                }
            }
            if (score > best) {
                best = score;
                chosen = d;
                tie = false;
            } else if (score == best && score > 0) {
                tie = true;
            }
        }
        return tie ? null : chosen;
    }

    private static BodyKind kind(String rest, Division place, String whole) {
        if (place == null) { // no division found: the name's own ending says what it is
            String bare = withoutGovernmentWords(whole);
            if (bare.endsWith("街道") || bare.endsWith("街道办事处") || bare.endsWith("街")) {
                return BodyKind.STREET;
            }
            if (bare.endsWith("镇") || bare.endsWith("乡")) {
                return BodyKind.TOWNSHIP;
            }
        }
        boolean township = place != null && place.level() == DivisionLevel.TOWNSHIP;
        boolean street = township ? place.name().endsWith("街道") || place.name().endsWith("办事处")
                : whole.endsWith("街道") || whole.endsWith("街道办事处") || whole.endsWith("街");
        if (rest.isEmpty() || GOVERNMENT.matcher(rest).matches() || STREET.matcher(rest).matches()) {
            if (street || STREET.matcher(rest).matches()) {
                return BodyKind.STREET;
            }
            if (township || (place == null && (whole.endsWith("镇") || whole.endsWith("乡")
                    || whole.endsWith("镇人民政府") || whole.endsWith("乡人民政府")))) {
                return BodyKind.TOWNSHIP;
            }
            if (place == null && (whole.endsWith("镇") || whole.endsWith("乡"))) {
                return BodyKind.TOWNSHIP;
            }
            return place == null && rest.isEmpty() ? BodyKind.OTHER : BodyKind.GOVERNMENT;
        }
        if (OFFICE.matcher(rest).matches()) {
            return BodyKind.OFFICE;
        }
        if (ZONE.matcher(rest).find()) {
            return BodyKind.ZONE_COMMITTEE;
        }
        if (DEPARTMENT.matcher(rest).matches()) {
            return BodyKind.DEPARTMENT;
        }
        return BodyKind.OTHER;
    }

    private static String canonical(BodyKind kind, String place, String rest, String whole) {
        if (place.isEmpty()) {
            return switch (kind) {
                case TOWNSHIP -> withoutGovernmentWords(whole) + "人民政府";
                case STREET -> withoutGovernmentWords(whole).replaceAll("(?:办事处|办)$", "") + "办事处";
                default -> whole;
            };
        }
        return switch (kind) {
            case GOVERNMENT, TOWNSHIP -> place + "人民政府";
            case STREET -> place.replaceAll("(?:办事处)$", "") + (place.endsWith("街道") ? "办事处" : "街道办事处");
            case OFFICE -> place + (rest.endsWith("办公厅") ? "人民政府办公厅" : "人民政府办公室");
            default -> place + rest;
        };
    }

    private static String withoutGovernmentWords(String s) {
        return s.replaceAll("(?:人民政府|政府)$", "");
    }
}
