package id.satuatap.document;

import jakarta.persistence.*;

/** The outcome of one automatic check on a document; its words are produced when read, in the reader's language. */
@Embeddable
public class DocumentCheck {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public CheckRule rule;

    @Column(nullable = false)
    public boolean passed;

    public DocumentCheck() {
    }

    public DocumentCheck(CheckRule rule, boolean passed) {
        this.rule = rule;
        this.passed = passed;
    }

    public boolean raisesRedFlag() {
        return !passed && rule.redFlagKind().isPresent();
    }
}
