package id.satuatap.document;

/** Life of one uploaded document. A resubmission is a new document; the rejected one stays REJECTED. */
public enum DocumentStatus {
    /** Uploaded, waiting for the desk. */
    SUBMITTED,
    VERIFIED,
    /** Rejected by the desk with a reason; the worker may upload a new one. */
    REJECTED,
    /** Its automatic checks raised a red flag; the application was stopped. */
    FLAGGED
}
