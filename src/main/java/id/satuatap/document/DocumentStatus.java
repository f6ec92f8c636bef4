package id.satuatap.document;

/** Life of one uploaded document. A resubmission is a new document; the rejected one stays REJECTED. */
public enum DocumentStatus {
    /** Uploaded, waiting for the desk (or, uploaded at intake, for its verify step to start). */
    SUBMITTED,
    VERIFIED,
    /** Rejected by the desk with a reason; the worker may upload a new one. */
    REJECTED,
    /** Its automatic checks, or its desk, raised a red flag; the application was stopped. */
    FLAGGED,
    /** Uploaded before its step and replaced by a later upload of the same type (explicit {@code replace}). */
    REPLACED
}
