package id.satuatap.workflow.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** A BPMN or DMN file as uploaded or read from the models folder. */
public record ModelFile(String name, byte[] content) {

    public boolean isBpmn() {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml");
    }

    public boolean isDmn() {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml");
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
