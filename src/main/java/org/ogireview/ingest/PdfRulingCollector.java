package org.ogireview.ingest;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The horizontal and vertical lines a page draws (table borders), and how much of it images cover. Borders come as
 * stroked lines and rectangles, as thin filled rectangles (Word), or as the edges of shaded cells.
 */
final class PdfRulingCollector extends PDFGraphicsStreamEngine {

    /** Thicker than this, a filled rectangle is an area, not a line. */
    private static final float MAX_LINE_THICKNESS = 2.5f;
    /** Shorter than this, a line is a tick or a glyph part, not a border. */
    private static final float MIN_LINE_LENGTH = 3f;

    private final List<Ruling> rulings = new ArrayList<>();
    /** Dark filled areas (left, top, right, bottom): white cells painted over one leave its borders as gaps. */
    private final List<float[]> darkAreas = new ArrayList<>();
    /** Sub-paths of the path being built: each a list of points; null marks a sub-path with curves. */
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> current;
    private final List<Boolean> curved = new ArrayList<>();
    private final float cropX;
    private final float cropY;
    private final float cropW;
    private final float cropH;
    private final int rotation;
    private double imageArea;

    PdfRulingCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        cropX = crop.getLowerLeftX();
        cropY = crop.getLowerLeftY();
        cropW = crop.getWidth();
        cropH = crop.getHeight();
        int r = page.getRotation() % 360;
        rotation = r < 0 ? r + 360 : r;
    }

    List<Ruling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    /** Share of the page that images cover (0..1, overlapping images counted twice). */
    float imageShare() {
        return (float) Math.min(1.0, imageArea / (cropW * cropH));
    }

    float pageWidth() {
        return rotation == 90 || rotation == 270 ? cropH : cropW;
    }

    float pageHeight() {
        return rotation == 90 || rotation == 270 ? cropW : cropH;
    }

    /** Device point to our top-left page coordinates, the way PDFBox's text positions are computed. */
    private float[] toPage(double px, double py) {
        float x = (float) px - cropX;
        float y = (float) py - cropY;
        return switch (rotation) {
            case 90 -> new float[]{y, x};
            case 180 -> new float[]{cropW - x, y};
            case 270 -> new float[]{cropH - y, cropW - x};
            default -> new float[]{x, cropH - y};
        };
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D> rect = new ArrayList<>(List.of(p0, p1, p2, p3, p0));
        subpaths.add(rect);
        curved.add(false);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
        curved.add(false);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (current == null) {
            moveTo(x3, y3);
        }
        current.add(new Point2D.Float(x3, y3));
        curved.set(curved.size() - 1, true);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null || current.isEmpty() ? new Point2D.Float() : current.get(current.size() - 1);
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (int i = 0; i < subpaths.size(); i++) {
            if (curved.get(i)) {
                continue;
            }
            List<Point2D> pts = subpaths.get(i);
            for (int k = 1; k < pts.size(); k++) {
                addLine(pts.get(k - 1), pts.get(k));
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        boolean white = isWhite(getGraphicsState().getNonStrokingColor());
        for (int i = 0; i < subpaths.size(); i++) {
            if (!curved.get(i)) {
                fillArea(subpaths.get(i), white);
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<List<Point2D>> paths = new ArrayList<>(subpaths);
        List<Boolean> curves = new ArrayList<>(curved);
        fillPath(windingRule);
        subpaths.addAll(paths);
        curved.addAll(curves);
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the path is ended by endPath, which clears it
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    @Override
    protected void showType3Glyph(Matrix textRenderingMatrix, PDType3Font font, int code, Vector displacement) {
        // a Type 3 glyph's own drawing is no table border
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs((double) ctm.getScalingFactorX() * ctm.getScalingFactorY());
    }

    /** A filled axis-aligned polygon: thin, it is a line; shaded (not white), its edges are cell borders. */
    private void fillArea(List<Point2D> pts, boolean white) {
        if (pts.size() < 3) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int k = 0; k < pts.size(); k++) {
            Point2D p = pts.get(k);
            if (k > 0) {
                Point2D q = pts.get(k - 1);
                if (Math.abs(p.getX() - q.getX()) > 0.5 && Math.abs(p.getY() - q.getY()) > 0.5) {
                    return; // a slanted edge: not a rectangle
                }
            }
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        float[] a = toPage(minX, minY);
        float[] b = toPage(maxX, maxY);
        float left = Math.min(a[0], b[0]);
        float right = Math.max(a[0], b[0]);
        float top = Math.min(a[1], b[1]);
        float bottom = Math.max(a[1], b[1]);
        float w = right - left;
        float h = bottom - top;
        if (h <= MAX_LINE_THICKNESS && w >= MIN_LINE_LENGTH) {
            rulings.add(new Ruling(true, (top + bottom) / 2, left, right));
        } else if (w <= MAX_LINE_THICKNESS && h >= MIN_LINE_LENGTH) {
            rulings.add(new Ruling(false, (left + right) / 2, top, bottom));
        } else if (w >= MIN_LINE_LENGTH && h >= MIN_LINE_LENGTH && w * h < pageWidth() * pageHeight() * 0.5f
                && (!white || insideDarkArea(left, top, right, bottom))) {
            rulings.add(new Ruling(true, top, left, right));
            rulings.add(new Ruling(true, bottom, left, right));
            rulings.add(new Ruling(false, left, top, bottom));
            rulings.add(new Ruling(false, right, top, bottom));
            if (!white) {
                darkAreas.add(new float[]{left, top, right, bottom});
            }
        }
    }

    private boolean insideDarkArea(float left, float top, float right, float bottom) {
        for (float[] a : darkAreas) {
            if (left >= a[0] - 1 && top >= a[1] - 1 && right <= a[2] + 1 && bottom <= a[3] + 1) {
                return true;
            }
        }
        return false;
    }

    private void addLine(Point2D p, Point2D q) {
        float[] a = toPage(p.getX(), p.getY());
        float[] b = toPage(q.getX(), q.getY());
        if (Math.abs(a[1] - b[1]) < 1f && Math.abs(a[0] - b[0]) >= MIN_LINE_LENGTH) {
            rulings.add(new Ruling(true, (a[1] + b[1]) / 2, a[0], b[0]));
        } else if (Math.abs(a[0] - b[0]) < 1f && Math.abs(a[1] - b[1]) >= MIN_LINE_LENGTH) {
            rulings.add(new Ruling(false, (a[0] + b[0]) / 2, a[1], b[1]));
        }
    }

    private void clearPath() {
        subpaths.clear();
        curved.clear();
        current = null;
    }

    private static boolean isWhite(PDColor color) {
        try {
            return (color.toRGB() & 0xFFFFFF) >= 0xF0F0F0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
