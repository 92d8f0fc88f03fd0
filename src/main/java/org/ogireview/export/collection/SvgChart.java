package org.ogireview.export.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a chart as SVG from its data (not from the drawn nodes): a line chart of series over years and a
 * horizontal bar chart. Plain text, so the file opens in any browser or vector editor and its labels stay text
 * (Chinese included: the font list names the usual CJK fonts). See decision 0220.
 */
public final class SvgChart {

    /** Colours of the series, in order (the default JavaFX chart palette, so the file looks like the window). */
    static final List<String> PALETTE = List.of("#f3622d", "#fba71b", "#57b757", "#41a9c9", "#4258c9", "#9a42c8",
            "#c84164", "#888888");
    private static final String FONT = "'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','WenQuanYi Micro Hei',"
            + "'Source Han Sans SC',sans-serif";

    /**
     * One point of a line.
     *
     * @param hollow drawn as an open circle (a figure the extractor set and no one has confirmed)
     * @param marked ringed in red (a figure in a failed check)
     * @param note   a short mark beside the point (the qualifier: &gt;, ≈, &lt;), empty for none
     */
    public record Point(double x, double y, boolean hollow, boolean marked, String note, String title) {
    }

    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Bar(String label, double value, String valueText) {
    }

    private SvgChart() {
    }

    /** The colour of the i-th series. */
    public static String palette(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    /** A line chart: x is the year (whole numbers), y the values. */
    public static String lines(String title, String xLabel, String yLabel, List<Series> series, int width,
                               int height) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = 0;
        double minY = 0;
        for (Series s : series) {
            for (Point p : s.points()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
                minY = Math.min(minY, p.y());
            }
        }
        if (minX > maxX) {
            minX = 0;
            maxX = 1;
        }
        if (minX == maxX) {
            minX -= 1;
            maxX += 1;
        }
        double[] ticks = ticks(minY, maxY == minY ? minY + 1 : maxY);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        int left = 70;
        int right = 20;
        int top = 40;
        int legend = 24 * ((series.size() + 2) / 3);
        int bottom = 50 + legend;
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        final double x0 = minX;
        final double xSpan = maxX - minX;
        java.util.function.DoubleUnaryOperator sx = x -> left + (x - x0) / xSpan * plotW;
        java.util.function.DoubleUnaryOperator sy = y -> top + plotH - (y - lo) / (hi - lo) * plotH;

        StringBuilder b = header(width, height, title);
        for (double t : ticks) {
            double y = sy.applyAsDouble(t);
            b.append(line(left, y, left + plotW, y, "#dddddd"));
            b.append(text(left - 6, y + 4, number(t), "end", 11, "#333333"));
        }
        for (long year = (long) Math.ceil(minX); year <= maxX; year++) {
            double x = sx.applyAsDouble(year);
            b.append(line(x, top + plotH, x, top + plotH + 5, "#333333"));
            b.append(text(x, top + plotH + 18, Long.toString(year), "middle", 11, "#333333"));
        }
        b.append(line(left, top + plotH, left + plotW, top + plotH, "#333333"));
        b.append(line(left, top, left, top + plotH, "#333333"));
        b.append(text(left + plotW / 2, top + plotH + 36, xLabel, "middle", 12, "#000000"));
        b.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\" "
                + "text-anchor=\"middle\" font-size=\"12\">%s</text>%n", top + plotH / 2, top + plotH / 2,
                escape(yLabel)));
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = PALETTE.get(i % PALETTE.size());
            if (s.points().size() > 1) {
                StringBuilder path = new StringBuilder();
                for (Point p : s.points()) {
                    path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f",
                            sx.applyAsDouble(p.x()), sy.applyAsDouble(p.y())));
                }
                b.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\"/>\n");
            }
            for (Point p : s.points()) {
                double x = sx.applyAsDouble(p.x());
                double y = sy.applyAsDouble(p.y());
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\" "
                        + "stroke=\"%s\" stroke-width=\"2\"><title>%s</title></circle>%n", x, y,
                        p.hollow() ? "#ffffff" : colour, colour, escape(p.title())));
                if (p.marked()) {
                    b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"none\" "
                            + "stroke=\"#d00000\" stroke-width=\"2\"/>%n", x, y));
                }
                if (!p.note().isEmpty()) {
                    b.append(text(x + 9, y - 7, p.note(), "start", 11, colour));
                }
            }
            double lx = left + (i % 3) * (plotW / 3);
            double ly = height - legend + 16 + (i / 3) * 24 - 8;
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" "
                    + "fill=\"%s\"/>%n", lx, ly - 10, colour));
            b.append(text(lx + 18, ly, s.name(), "start", 12, "#000000"));
        }
        return b.append("</svg>\n").toString();
    }

    /** A horizontal bar chart, one bar per line in the order given. */
    public static String bars(String title, String valueLabel, List<Bar> bars, int width) {
        int rowH = 22;
        int top = 40;
        int labelW = 220;
        int right = 90;
        int height = top + Math.max(1, bars.size()) * rowH + 50;
        double max = 0;
        double min = 0;
        for (Bar bar : bars) {
            max = Math.max(max, bar.value());
            min = Math.min(min, bar.value());
        }
        double[] ticks = ticks(min, max == min ? min + 1 : max);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        double plotW = width - labelW - right;
        java.util.function.DoubleUnaryOperator sx = v -> labelW + (v - lo) / (hi - lo) * plotW;
        StringBuilder b = header(width, height, title);
        double bottom = top + bars.size() * rowH;
        for (double t : ticks) {
            double x = sx.applyAsDouble(t);
            b.append(line(x, top, x, bottom, "#dddddd"));
            b.append(text(x, bottom + 16, number(t), "middle", 11, "#333333"));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * rowH;
            double x0 = sx.applyAsDouble(Math.min(0, bar.value()));
            double x1 = sx.applyAsDouble(Math.max(0, bar.value()));
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" "
                    + "fill=\"%s\"><title>%s</title></rect>%n", x0, y + 3, Math.max(0.5, x1 - x0), rowH - 6,
                    PALETTE.get(0), escape(bar.label() + ": " + bar.valueText())));
            b.append(text(labelW - 6, y + rowH / 2.0 + 4, bar.label(), "end", 12, "#000000"));
            b.append(text(x1 + 4, y + rowH / 2.0 + 4, bar.valueText(), "start", 11, "#333333"));
        }
        b.append(line(labelW, top, labelW, bottom, "#333333"));
        b.append(text(labelW + plotW / 2, bottom + 36, valueLabel, "middle", 12, "#000000"));
        return b.append("</svg>\n").toString();
    }

    private static StringBuilder header(int width, int height, String title) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"%s\">%n", width, height, width, height, FONT));
        b.append("<title>").append(escape(title)).append("</title>\n");
        b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
        b.append(text(width / 2.0, 24, title, "middle", 15, "#000000"));
        return b;
    }

    /** Round tick values from at most lo to at least hi: 1, 2 or 5 times a power of ten apart. */
    static double[] ticks(double lo, double hi) {
        double span = hi - lo;
        double raw = span / 5;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / pow <= 1 ? pow : raw / pow <= 2 ? 2 * pow : raw / pow <= 5 ? 5 * pow : 10 * pow;
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        List<Double> out = new ArrayList<>();
        for (double t = start; t <= end + step / 2; t += step) {
            out.add(Math.abs(t) < step / 1e6 ? 0 : t);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1, y1, x2, y2, colour);
    }

    private static String text(double x, double y, String s, String anchor, int size, String colour) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "fill=\"%s\">%s</text>%n", x, y, anchor, size, colour, escape(s));
    }

    /** XML text: the five special characters, and control characters XML 1.0 forbids dropped. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
