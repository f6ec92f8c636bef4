package id.satuatap.worker;

/** Marital status, which decides who must sign the family consent (spouse, else parent or guardian). */
public enum MaritalStatus {
    SINGLE, MARRIED, DIVORCED, WIDOWED
}
