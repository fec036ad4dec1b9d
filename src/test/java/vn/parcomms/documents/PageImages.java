package vn.parcomms.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/** The first page of a PDF as pdftoppm draws it, and how much two such images differ. */
final class PageImages {

    private PageImages() {
    }

    static BufferedImage firstPage(byte[] pdf) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("pdftoppm");
        try {
            Path in = dir.resolve("in.pdf");
            Files.write(in, pdf);
            Process process = new ProcessBuilder("/usr/bin/pdftoppm", "-r", "60", "-gray", "-f", "1", "-l", "1", "-png",
                    "-singlefile", in.toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("pdftoppm failed: " + new String(process.getInputStream().readAllBytes()));
            }
            return ImageIO.read(dir.resolve("page.png").toFile());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The share of pixels whose grey level differs by more than a quarter of the range (1 when sizes differ). */
    static double difference(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 1;
        }
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int ga = a.getRGB(x, y) & 0xff;
                int gb = b.getRGB(x, y) & 0xff;
                if (Math.abs(ga - gb) > 64) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) a.getWidth() * a.getHeight());
    }
}
