package id.satuatap.worker;

/** A member of the worker's family card as other capabilities see it. */
public record FamilyMemberView(String name, String nik, String relation) {
}
