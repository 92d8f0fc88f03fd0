import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Draws the app icon (a report page under a magnifier with a check mark) in the sizes the window and the
 * installers use. Run from the repository root: {@code java icons/IconMaker.java icons}.
 * Everything is drawn on a 256-unit canvas and scaled, so each size is rendered natively (no resampling blur).
 */
public class IconMaker {

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "icons");
        out.mkdirs();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            ImageIO.write(draw(size), "png", new File(out, "ogi-review-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 256.0;
        g.scale(s, s);
        boolean tiny = size <= 16;

        // Tile: a rounded square in the desk's blue.
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f7bd4), 0, 256, new Color(0x184f93)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // The report: a page with a folded corner and lines of text, one of them a table row.
        Path2D page = new Path2D.Double();
        page.moveTo(52, 34);
        page.lineTo(150, 34);
        page.lineTo(192, 76);
        page.lineTo(192, 214);
        page.lineTo(52, 214);
        page.closePath();
        g.setColor(new Color(0, 0, 0, 50));
        g.translate(3, 5);
        g.fill(page);
        g.translate(-3, -5);
        g.setColor(Color.WHITE);
        g.fill(page);
        Path2D fold = new Path2D.Double();
        fold.moveTo(150, 34);
        fold.lineTo(150, 76);
        fold.lineTo(192, 76);
        fold.closePath();
        g.setColor(new Color(0xcfdcec));
        g.fill(fold);

        g.setColor(new Color(0x9fb3cc));
        float line = tiny ? 16f : 9f;
        g.setStroke(new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (tiny) {
            g.draw(new Line2D.Double(78, 90, 150, 90));
            g.draw(new Line2D.Double(78, 130, 120, 130));
        } else {
            g.draw(new Line2D.Double(72, 62, 128, 62));
            g.draw(new Line2D.Double(72, 88, 168, 88));
            g.draw(new Line2D.Double(72, 112, 168, 112));
            // the highlighted figure: a warm mark in the text, as the desk draws it
            g.setColor(new Color(0xffc94d));
            g.draw(new Line2D.Double(72, 136, 104, 136));
            g.setColor(new Color(0x9fb3cc));
            g.draw(new Line2D.Double(118, 136, 150, 136));
        }

        // The magnifier with a check mark: verified against the source.
        double cx = 150;
        double cy = 156;
        double r = tiny ? 54 : 48;
        g.setStroke(new BasicStroke(tiny ? 28f : 22f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x0f2f57));
        g.draw(new Line2D.Double(cx + r * 0.72, cy + r * 0.72, cx + r * 1.45, cy + r * 1.45));
        g.setColor(new Color(0xf7fbff));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setStroke(new BasicStroke(tiny ? 18f : 12f));
        g.setColor(new Color(0x0f2f57));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        Path2D check = new Path2D.Double();
        check.moveTo(cx - r * 0.48, cy + r * 0.02);
        check.lineTo(cx - r * 0.12, cy + r * 0.38);
        check.lineTo(cx + r * 0.5, cy - r * 0.36);
        g.setStroke(new BasicStroke(tiny ? 24f : 16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x2e9d5b));
        g.draw(check);
        g.dispose();
        return img;
    }
}
