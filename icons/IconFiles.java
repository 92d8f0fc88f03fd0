import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the installers' icon files from the PNGs that {@code IconMaker.java} draws:
 * {@code ogi-review.ico} (Windows: 16, 24, 32, 48, 64, 128 and 256 px) and {@code ogi-review.icns} (macOS: 16 to
 * 512 px, with the Retina variants). Run by {@code packaging/jpackage.sh} at every build:
 * {@code java icons/IconFiles.java icons target/icons}.
 *
 * <p>ICO entries below 256 px are stored as 32-bit bitmaps (every Windows shell and icon-resource tool reads them);
 * the 256 px entry is PNG-compressed, as Windows Vista and later expect. ICNS entries are PNG, which macOS reads
 * for every type used here.
 */
public class IconFiles {

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args.length > 0 ? args[0] : "icons");
        Path out = Path.of(args.length > 1 ? args[1] : "target/icons");
        Files.createDirectories(out);
        Map<Integer, BufferedImage> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            Path file = in.resolve("ogi-review-" + size + ".png");
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null || image.getWidth() != size || image.getHeight() != size) {
                throw new IOException(file + ": not a " + size + "x" + size + " PNG");
            }
            png.put(size, image);
        }
        // 24 px has no drawing of its own: scaled down from 48 (an exact halving, so it stays sharp).
        BufferedImage s24 = scaled(png.get(48), 24);

        Map<Integer, BufferedImage> ico = new LinkedHashMap<>();
        ico.put(16, png.get(16));
        ico.put(24, s24);
        for (int size : new int[] {32, 48, 64, 128, 256}) {
            ico.put(size, png.get(size));
        }
        Files.write(out.resolve("ogi-review.ico"), ico(ico));

        Map<String, BufferedImage> icns = new LinkedHashMap<>();
        icns.put("icp4", png.get(16));
        icns.put("icp5", png.get(32));
        icns.put("icp6", png.get(64));
        icns.put("ic07", png.get(128));
        icns.put("ic08", png.get(256));
        icns.put("ic09", png.get(512));
        icns.put("ic11", png.get(32));   // 16 px @2x
        icns.put("ic12", png.get(64));   // 32 px @2x
        icns.put("ic13", png.get(256));  // 128 px @2x
        icns.put("ic14", png.get(512));  // 256 px @2x
        Files.write(out.resolve("ogi-review.icns"), icns(icns));
        System.out.println("icons: " + out.resolve("ogi-review.ico") + ", " + out.resolve("ogi-review.icns"));
    }

    static byte[] ico(Map<Integer, BufferedImage> images) throws IOException {
        int count = images.size();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer dir = ByteBuffer.allocate(6 + 16 * count).order(ByteOrder.LITTLE_ENDIAN);
        dir.putShort((short) 0).putShort((short) 1).putShort((short) count);
        int offset = 6 + 16 * count;
        for (Map.Entry<Integer, BufferedImage> e : images.entrySet()) {
            int size = e.getKey();
            byte[] bytes = size >= 256 ? png(e.getValue()) : dib(e.getValue());
            dir.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            dir.put((byte) 0).put((byte) 0);                  // no palette, reserved
            dir.putShort((short) 1).putShort((short) 32);     // planes, bits per pixel
            dir.putInt(bytes.length).putInt(offset);
            offset += bytes.length;
            data.write(bytes);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(dir.array());
        data.writeTo(all);
        return all.toByteArray();
    }

    /** A 32-bit BGRA device-independent bitmap as an ICO entry: bottom-up rows, then the 1-bit AND mask. */
    static byte[] dib(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int maskRow = ((w + 31) / 32) * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + w * h * 4 + maskRow * h).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(w).putInt(h * 2).putShort((short) 1).putShort((short) 32);
        b.putInt(0).putInt(w * h * 4).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = h - 1; y >= 0; y--) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                b.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            byte[] row = new byte[maskRow];
            for (int x = 0; x < w; x++) {
                if ((image.getRGB(x, y) >>> 24) == 0) {
                    row[x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
            b.put(row);
        }
        return b.array();
    }

    static byte[] icns(Map<String, BufferedImage> images) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, BufferedImage> e : images.entrySet()) {
            byte[] bytes = png(e.getValue());
            out.writeBytes(e.getKey());
            out.writeInt(8 + bytes.length);
            out.write(bytes);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(all);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        body.writeTo(all);
        return all.toByteArray();
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static BufferedImage scaled(BufferedImage source, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        return out;
    }
}
