package org.ogireview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the body that issued a report from what the report says about itself: the title's name (the
 * report.region figure {@link MetadataExtractor} reads from the title), a 发布机构 line, the signature at the end, the
 * sentence naming who compiled it (本报告由…编制) and the opening sentence (X根据《条例》…). The first name that
 * resolves to a division wins; the whole text is the context that settles an ambiguous name (鼓楼区 with 南京市 named
 * elsewhere). With no source that resolves, the first name found is proposed as it is, for the user to settle.
 */
public final class BodyProposer {

    private static final Pattern PUBLISHER = Pattern.compile(
            "(?:发布机构|发布单位|发文机关|信息来源|来源)[】\\]]?[ \\t]*[:：][ \\t]*([^\\s:：|,，。]{2,40})");
    private static final Pattern COMPILED_BY = Pattern.compile(
            "(?:本报告|本年度报告|年度报告)(?:是)?由([^，。,；;\\n（(]{2,40}?)(?:根据|依据|按照|依照|结合|编制|编写|负责)");
    private static final Pattern OPENING = Pattern.compile(
            "(?m)^[ \\t]*([^，。,；;\\n（(：:]{2,30}?(?:人民政府|政府|办公室|局|委员会|管委会|街道办事处|街道|镇|乡))"
                    + "(?:根据|依据|按照)《");
    private static final Pattern SIGNATURE_NAME = Pattern.compile(
            "^[ \\t]*([^,，。;；:：!?、\\d\\s]{2,40}(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|委|厅|中心|"
                    + "街道办事处|街道|镇|乡))[ \\t]*$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[ \\t]*(?:\\d{4}|[〇○零一二][〇○零一二三四五六七八九]{3})[ \\t]*年[ \\t]*[\\d一二三四五六七八九十〇○]{1,3}[ \\t]*月");
    private static final int SIGNATURE_LINES = 8;

    private final BodyResolver resolver;

    public BodyProposer() {
        this(new BodyResolver());
    }

    public BodyProposer(BodyResolver resolver) {
        this.resolver = resolver;
    }

    /** Where a proposed name was read. */
    public enum Source { TITLE, PUBLISHER, SIGNATURE, COMPILED_BY, OPENING }

    /** A name the report gives, where it stands and how it resolves. */
    public record Named(String name, Source source, BodyResolver.Resolution resolution) {
    }

    /**
     * @param chosen the proposal (null when the report names no body anywhere)
     * @param named  every name found, in the order tried
     */
    public record Proposal(Named chosen, List<Named> named) {

        public BodyResolver.Resolution resolution() {
            return chosen == null ? null : chosen.resolution();
        }
    }

    /**
     * @param text        the report text
     * @param titleRegion the report.region figure (or the coder's correction of it); may be null or blank
     */
    public Proposal propose(String text, String titleRegion) {
        String t = text == null ? "" : text;
        String context = NormalizedText.foldAll(t);
        NamesInText names = new NamesInText(context, true);
        List<Named> named = new ArrayList<>();
        add(named, titleRegion, Source.TITLE, names);
        Matcher m = PUBLISHER.matcher(context.substring(0, Math.min(context.length(), 3000)));
        if (m.find()) {
            add(named, m.group(1), Source.PUBLISHER, names);
        }
        String signature = signature(context);
        add(named, signature, Source.SIGNATURE, names);
        m = COMPILED_BY.matcher(context);
        if (m.find()) {
            add(named, m.group(1), Source.COMPILED_BY, names);
        }
        m = OPENING.matcher(context.substring(0, Math.min(context.length(), 3000)));
        if (m.find()) {
            add(named, m.group(1), Source.OPENING, names);
        }
        Named chosen = null;
        for (Named n : named) {
            BodyResolver.Outcome o = n.resolution().outcome();
            if (o == BodyResolver.Outcome.RESOLVED || o == BodyResolver.Outcome.FROM_CONTEXT) {
                chosen = n;
                break;
            }
        }
        if (chosen == null && !named.isEmpty()) {
            chosen = named.get(0);
        }
        return new Proposal(chosen, List.copyOf(named));
    }

    private void add(List<Named> named, String name, Source source, NamesInText context) {
        if (name == null || BodyResolver.clean(name).length() < 2) {
            return;
        }
        named.add(new Named(name.strip(), source, resolver.resolve(name, context)));
    }

    /** The body's name above the date that closes the report (the last lines only). */
    private static String signature(String s) {
        String[] lines = s.strip().split("\n");
        int from = Math.max(0, lines.length - SIGNATURE_LINES);
        for (int i = lines.length - 1; i > from; i--) {
            if (DATE_LINE.matcher(lines[i]).find()) {
                for (int j = i - 1; j >= from && j >= i - 2; j--) {
                    Matcher m = SIGNATURE_NAME.matcher(lines[j]);
                    if (m.matches()) {
                        return m.group(1);
                    }
                }
            }
        }
        return null;
    }
}
