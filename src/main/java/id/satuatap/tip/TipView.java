package id.satuatap.tip;

import java.time.Instant;

/** A tip as the caller may see it; {@code reporterWithheld} when the reporter is kept from them. */
public record TipView(String id, TipStatus status, TipChannel channel, String description, String villageCode,
                      String regencyCode, String recruiterName, String placementAgencyLicense, boolean anonymous,
                      boolean reporterWithheld, String filedBy, String filingOrganisation, String contact,
                      Instant filedAt, Instant dueAt, boolean escalated, String verifiedBy, Instant verifiedAt,
                      String finding, String caseId) {

    static TipView of(Tip t, boolean reporter) {
        return new TipView(t.id, t.status, t.channel, t.description, t.villageCode, t.regencyCode, t.recruiterName,
                t.placementAgencyLicense, t.anonymous, !reporter, reporter ? t.filedBy : null,
                reporter ? t.filingOrganisation : null, reporter ? t.contact : null, t.filedAt, t.dueAt, t.escalated,
                t.verifiedBy, t.verifiedAt, t.finding, t.caseId);
    }

    /** What the sender of a tip is told back: that it arrived, and its id to quote. */
    public record Receipt(String id, TipStatus status, Instant filedAt) {
    }
}
