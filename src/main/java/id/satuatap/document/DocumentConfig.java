package id.satuatap.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Upload limit and validity windows of documents (docs/domain.md defaults). */
@ConfigMapping(prefix = "satuatap.document")
public interface DocumentConfig {

    /** Largest accepted file, in bytes; keep it below quarkus.http.limits.max-body-size. */
    @WithDefault("10485760")
    long maxFileSize();

    /** A medical check older than this (days) is no longer valid. */
    @WithDefault("90")
    int medicalCheckValidityDays();

    /** A passport must stay valid this many months after departure. */
    @WithDefault("18")
    int passportValidityMonths();
}
