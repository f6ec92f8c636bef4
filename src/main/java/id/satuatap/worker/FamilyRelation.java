package id.satuatap.worker;

/** Relation of a family member to the worker as listed on the KK (family card). */
public enum FamilyRelation {
    SPOUSE, FATHER, MOTHER, GUARDIAN, CHILD, SIBLING, OTHER
}
