package id.satuatap.document;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a scan may have, recognised by their first bytes rather than by what the client claims. */
public enum FileKind {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final byte[] magic;

    FileKind(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<FileKind> sniff(byte[] content) {
        return Arrays.stream(values())
                .filter(k -> content.length >= k.magic.length
                        && Arrays.equals(Arrays.copyOf(content, k.magic.length), k.magic))
                .findFirst();
    }
}
