package org.ogireview.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Pages to the document text in reading order: lines top to bottom, tables where they stand. A table drawn with
 * lines becomes a {@link LatticeGrid}, joined with its continuation on the next page when nothing but a page
 * number lies between; the page number then sits between the table's rows, never inside one. Tables without
 * lines are found by {@link StreamTables}.
 */
final class PdfLayout {

    /** A table continued on the next page must keep its left and right edges within this. */
    private static final float SAME_EDGE = 6f;

    private final List<PdfPage> pages;
    private final List<List<PdfLines.Line>> flow = new ArrayList<>();
    private final List<List<LatticeRegion>> regions = new ArrayList<>();
    private final List<List<List<Glyph>>> regionGlyphs = new ArrayList<>();
    private PageFurniture furniture = PageFurniture.pageNumbersOnly();
    private final Set<PdfLines.Line> consumed = Collections.newSetFromMap(new IdentityHashMap<>());

    private PdfLayout(List<PdfPage> pages) {
        this.pages = pages;
    }

    static void write(List<PdfPage> pages, DocumentBuilder out) {
        new PdfLayout(pages).run(out);
    }

    /** The pages as lines only, no tables: the fallback when rebuilding tables fails. */
    static void writeLinesOnly(List<PdfPage> pages, DocumentBuilder out) {
        for (PdfPage page : pages) {
            for (PdfLines.Line line : PdfLines.group(page.glyphs())) {
                out.line(line.run());
            }
        }
    }

    /** A table to write, anchored where its first part stands. */
    private record Placed(int page, float top, List<DocumentBuilder.TableItem> items) {
    }

    private void run(DocumentBuilder out) {
        for (PdfPage page : pages) {
            findRegions(page);
        }
        List<List<LatticeGrid.Part>> chains;
        List<LatticeGrid> grids = new ArrayList<>();
        // A region is a table only when its whole chain has two rows and two columns of text; one that is not
        // goes back to the flowing text, which changes what lies between the others, so decide again.
        while (true) {
            flow.clear();
            for (PdfPage page : pages) {
                flow.add(PdfLines.group(glyphsOutsideRegions(page)));
            }
            furniture = PageFurniture.learn(pages, flow);
            chains = chain();
            grids.clear();
            boolean dropped = false;
            for (List<LatticeGrid.Part> chain : chains) {
                LatticeGrid grid = LatticeGrid.build(chain);
                grids.add(grid);
                if (!grid.isTable()) {
                    for (LatticeGrid.Part part : chain) {
                        int p = part.region().page();
                        int k = regions.get(p).indexOf(part.region());
                        regions.get(p).remove(k);
                        regionGlyphs.get(p).remove(k);
                    }
                    dropped = true;
                }
            }
            if (!dropped) {
                break;
            }
        }
        List<List<Placed>> tablesByPage = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            tablesByPage.add(new ArrayList<>());
        }
        for (int c = 0; c < chains.size(); c++) {
            List<LatticeGrid.Part> chain = chains.get(c);
            LatticeRegion first = chain.get(0).region();
            tablesByPage.get(first.page()).add(new Placed(first.page(), first.top(), items(grids.get(c), chain)));
        }
        List<List<Object>> itemsByPage = new ArrayList<>();
        List<PdfLines.Line> flowing = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Object> items = new ArrayList<>();
            for (PdfLines.Line line : flow.get(p)) {
                if (!consumed.contains(line)) {
                    items.add(line);
                }
            }
            List<PdfLines.Line> remaining = items.stream().map(o -> (PdfLines.Line) o).toList();
            for (StreamTables.Found t : StreamTables.find(remaining, pages.get(p), furniture)) {
                Set<Object> inTable = Collections.newSetFromMap(new IdentityHashMap<>());
                inTable.addAll(t.lines());
                items.removeIf(inTable::contains);
                items.add(new Placed(p, t.top(), t.items()));
            }
            items.addAll(tablesByPage.get(p));
            items.sort(Comparator.comparingDouble(PdfLayout::topOf));
            itemsByPage.add(items);
            for (Object item : items) {
                if (item instanceof PdfLines.Line line && !furniture.is(line, pages.get(p))) {
                    flowing.add(line);
                }
            }
        }
        PdfParagraphs paragraphs = new PdfParagraphs(out, flowing);
        for (int p = 0; p < pages.size(); p++) {
            for (Object item : itemsByPage.get(p)) {
                if (item instanceof PdfLines.Line line) {
                    if (furniture.is(line, pages.get(p))) {
                        paragraphs.furniture(line);
                    } else {
                        paragraphs.line(line);
                    }
                } else {
                    paragraphs.flush();
                    out.table(((Placed) item).items());
                }
            }
        }
        paragraphs.flush();
    }

    private static double topOf(Object item) {
        return item instanceof PdfLines.Line l ? l.top() : ((Placed) item).top();
    }

    /**
     * The regions of a page drawn with lines that may be tables: those holding text in at least two cells (a box
     * around one paragraph is no table). Each glyph belongs to the first region that holds it.
     */
    private void findRegions(PdfPage page) {
        List<LatticeRegion> kept = new ArrayList<>();
        List<List<Glyph>> keptGlyphs = new ArrayList<>();
        List<Glyph> glyphs = page.glyphs();
        boolean[] taken = new boolean[glyphs.size()];
        for (LatticeRegion region : LatticeRegion.find(page.index(), page.rulings())) {
            List<Glyph> inside = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < glyphs.size(); i++) {
                Glyph g = glyphs.get(i);
                if (!taken[i] && region.holds(g)) {
                    inside.add(g);
                    indexes.add(i);
                }
            }
            LatticeGrid alone = LatticeGrid.build(List.of(new LatticeGrid.Part(region, inside, 0)));
            if (alone.textCells() >= 2) {
                kept.add(region);
                keptGlyphs.add(inside);
                indexes.forEach(i -> taken[i] = true);
            }
        }
        regions.add(kept);
        regionGlyphs.add(keptGlyphs);
    }

    private List<Glyph> glyphsOutsideRegions(PdfPage page) {
        Set<Glyph> inRegions = Collections.newSetFromMap(new IdentityHashMap<>());
        regionGlyphs.get(page.index()).forEach(inRegions::addAll);
        List<Glyph> rest = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (!inRegions.contains(g)) {
                rest.add(g);
            }
        }
        return rest;
    }

    /** Tables in page order, each continued table's parts stacked into one chain. */
    private List<List<LatticeGrid.Part>> chain() {
        List<List<LatticeGrid.Part>> chains = new ArrayList<>();
        List<LatticeGrid.Part> open = null;
        for (int p = 0; p < pages.size(); p++) {
            List<LatticeRegion> onPage = regions.get(p);
            for (int i = 0; i < onPage.size(); i++) {
                LatticeRegion region = onPage.get(i);
                List<Glyph> glyphs = regionGlyphs.get(p).get(i);
                if (i == 0 && open != null && continues(open.get(open.size() - 1), region)) {
                    LatticeGrid.Part last = open.get(open.size() - 1);
                    float dy = last.region().bottom() + last.dy() - region.top();
                    open.add(new LatticeGrid.Part(region, glyphs, dy));
                } else {
                    open = new ArrayList<>();
                    open.add(new LatticeGrid.Part(region, glyphs, 0));
                    chains.add(open);
                }
            }
        }
        return chains;
    }

    /**
     * True when {@code next}, the first table of a page, continues {@code last}: last is the lowest table of the
     * page before, only page numbers and running headers lie between them, and their left and right edges line up.
     */
    private boolean continues(LatticeGrid.Part last, LatticeRegion next) {
        LatticeRegion prev = last.region();
        if (next.page() != prev.page() + 1 || regions.get(prev.page()).get(regions.get(prev.page()).size() - 1) != prev) {
            return false;
        }
        if (Math.abs(prev.left() - next.left()) > SAME_EDGE || Math.abs(prev.right() - next.right()) > SAME_EDGE) {
            return false;
        }
        PdfPage before = pages.get(prev.page());
        PdfPage after = pages.get(next.page());
        for (PdfLines.Line l : flow.get(prev.page())) {
            if (l.top() > prev.bottom() && !furniture.is(l, before)) {
                return false;
            }
        }
        for (PdfLines.Line l : flow.get(next.page())) {
            if (l.bottom() < next.top() && !furniture.is(l, after)) {
                return false;
            }
        }
        return true;
    }

    /** The rows of a table to write, with the page numbers of each page break as lines between two rows. */
    private List<DocumentBuilder.TableItem> items(LatticeGrid grid, List<LatticeGrid.Part> chain) {
        List<Integer> rowIndex = new ArrayList<>();
        List<List<LatticeGrid.Cell>> rows = grid.keptRows(rowIndex);
        float[] joins = grid.joins();
        List<List<PdfLines.Line>> interludes = new ArrayList<>();
        for (int k = 0; k < joins.length; k++) {
            LatticeRegion above = chain.get(k).region();
            LatticeRegion below = chain.get(k + 1).region();
            List<PdfLines.Line> between = new ArrayList<>();
            for (PdfLines.Line l : flow.get(above.page())) {
                if (l.top() > above.bottom()) {
                    between.add(l);
                }
            }
            for (PdfLines.Line l : flow.get(below.page())) {
                if (l.bottom() < below.top()) {
                    between.add(l);
                }
            }
            consumed.addAll(between);
            interludes.add(between);
        }
        List<DocumentBuilder.TableItem> items = new ArrayList<>();
        int nextJoin = 0;
        for (int i = 0; i < rows.size(); i++) {
            float top = grid.rowTop(rowIndex.get(i));
            while (nextJoin < joins.length && top >= joins[nextJoin] - 3f) {
                for (PdfLines.Line l : interludes.get(nextJoin)) {
                    items.add(new DocumentBuilder.Interlude(l.run()));
                }
                nextJoin++;
            }
            List<DocumentBuilder.Cell> cells = new ArrayList<>();
            for (LatticeGrid.Cell c : rows.get(i)) {
                cells.add(new DocumentBuilder.Cell(PdfLines.cellRun(c.glyphs), c.rowSpan, c.colSpan));
            }
            items.add(new DocumentBuilder.Row(cells));
        }
        for (; nextJoin < joins.length; nextJoin++) {
            for (PdfLines.Line l : interludes.get(nextJoin)) {
                items.add(new DocumentBuilder.Interlude(l.run()));
            }
        }
        return items;
    }
}
