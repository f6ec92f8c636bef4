package id.satuatap.predeparture;

/** Where a pre-departure application stands as a whole. */
public enum ApplicationStatus {
    /** The desks are working on it. */
    IN_PROGRESS,
    /** Not eligible (decision table) or the job order failed the check; no desk work. */
    REFUSED,
    /** Stopped by a red flag (possible trafficking); handed to the coordinator. */
    STOPPED,
    /** A document was not (re)submitted in time. */
    LAPSED,
    /** ID PMI issued. */
    READY_TO_DEPART
}
