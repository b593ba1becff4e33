package dk.opdag.materials.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputField;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.tika.metadata.Metadata;

/**
 * Removes where a photo was taken before it is stored: children appear in class photos. JPEG keeps its pixels and
 * orientation (the EXIF GPS fields are dropped without re-encoding, and the XMP packet, which can repeat the
 * position, goes too); PNG is re-encoded, which keeps every pixel and drops every metadata chunk. GIF carries no EXIF;
 * the check after reading ({@link #hasLocation}) refuses any file that still has a position.
 */
final class ImageCleaner {

    private ImageCleaner() {
    }

    static void removeLocation(String mediaType, Path in, Path out) throws IOException, ExtractionRefused {
        switch (mediaType) {
            case AcceptedTypes.JPEG -> cleanJpeg(in, out);
            case AcceptedTypes.PNG -> reencodePng(in, out);
            default -> Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void cleanJpeg(Path in, Path out) throws IOException, ExtractionRefused {
        Path withoutGps = out.resolveSibling("no-gps.jpg");
        try {
            ImageMetadata metadata = Imaging.getMetadata(in.toFile());
            TiffImageMetadata exif = metadata instanceof JpegImageMetadata jpeg ? jpeg.getExif() : null;
            if (exif != null) {
                TiffOutputSet set = exif.getOutputSet();
                TiffOutputDirectory gps = set.getGpsDirectory();
                if (gps != null) {
                    List<TiffOutputField> fields = new ArrayList<>(gps.getFields());
                    fields.forEach(f -> gps.removeField(f.tag));
                }
                set.removeField(ExifTagConstants.EXIF_TAG_GPSINFO);
                try (OutputStream o = Files.newOutputStream(withoutGps)) {
                    new ExifRewriter().updateExifMetadataLossless(in.toFile(), o, set);
                }
            } else {
                Files.copy(in, withoutGps, StandardCopyOption.REPLACE_EXISTING);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                new JpegXmpRewriter().removeXmpXml(withoutGps.toFile(), o);
            }
        } catch (ImagingException e) {
            throw new ExtractionRefused(Refusal.DAMAGED, in.getFileName().toString());
        } finally {
            Files.deleteIfExists(withoutGps);
        }
    }

    private static void reencodePng(Path in, Path out) throws IOException, ExtractionRefused {
        BufferedImage image = ImageIO.read(in.toFile());
        if (image == null) {
            throw new ExtractionRefused(Refusal.DAMAGED, in.getFileName().toString());
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ImageIO.write(image, "png", buffer);
        Files.write(out, buffer.toByteArray());
    }

    /** True when Tika still finds a latitude or longitude in the metadata. */
    static boolean hasLocation(Metadata metadata) {
        return Arrays.stream(metadata.names()).map(n -> n.toLowerCase(Locale.ROOT))
                .anyMatch(n -> n.startsWith("geo:lat") || n.startsWith("geo:long") || n.contains("gps latitude")
                        || n.contains("gps longitude") || n.contains("gpslatitude") || n.contains("gpslongitude"));
    }
}
