package id.satuatap.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.satuatap.worker.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Response bodies of the case and referral endpoints. */
public final class CaseViews {

    private CaseViews() {
    }

    /**
     * The case file. {@code identityWithheld} is true when the consent does not let the caller know who the
     * person is (names, NIK, phone, worker id and village are then left out: a village can be small enough to name
     * someone); {@code notes} and {@code openTasks} are
     * absent for callers who may not read them.
     */
    public record CaseFile(String id, CaseStatus status, Channel channel, Reporter reporter, String workerId, Person worker,
                           boolean identityWithheld, Stage stage, String country, String regencyCode, String villageCode,
                           String language,
                           String respondent, CaseCategory category, boolean urgent, Set<String> traffickingIndicators,
                           String description, Consent consent, Outcome outcome, Long wagesRecovered, Instant createdAt,
                           Instant closedAt, String processInstanceId, List<ReferralView> referrals,
                           List<TimelineEntry> timeline,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<OpenTask> openTasks,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<NoteView> notes,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Sponsor sponsor) {
    }

    /** Who accompanied or sponsored the person; shown only with the person's identity. */
    public record Sponsor(String name, String relation, String phone, String placementAgencyLicense) {
    }

    public record Reporter(ReporterType type, String name, String phone) {
    }

    public record Person(String fullName, String nik, Sex sex) {
    }

    public record Consent(boolean shareWithPartners, boolean shareWithAuthorities) {
    }

    /** A case in a list: no personal data, so lists are not audited reads. */
    public record CaseSummary(String id, CaseStatus status, Channel channel, Stage stage, String country,
                              CaseCategory category, boolean urgent, Instant createdAt) {

        static CaseSummary of(CaseRecord c) {
            return new CaseSummary(c.id, c.status, c.channel, c.stage, c.country, c.category, c.urgent, c.createdAt);
        }
    }

    public record ReferralView(String id, String caseId, String service, String partnerCode, ReferralStatus status,
                               Instant offeredAt, Instant dueAt, Instant answeredAt, String answeredBy,
                               String declineReason, Instant deliveryDueAt, LocalDate deliveredOn, String deliveredWhat) {

        static ReferralView of(Referral r) {
            return new ReferralView(r.id, r.caseId, r.service, r.partnerCode, r.status, r.offeredAt, r.dueAt,
                    r.answeredAt, r.answeredBy, r.declineReason, r.deliveryDueAt, r.deliveredOn, r.deliveredWhat);
        }
    }

    public record TimelineEntry(Instant at, TimelineStep step, String actor, String detail) {

        static TimelineEntry of(CaseEvent e) {
            return new TimelineEntry(e.at, e.step, e.actor, e.detail);
        }
    }

    /** Work waiting on the case: who it is offered to and when it is due. */
    public record OpenTask(String id, String name, String taskDefinitionKey, List<String> candidateGroups, String assignee,
                           Instant created, Instant due) {
    }

    public record NoteView(String id, Instant at, String author, String text) {

        static NoteView of(CaseNote n) {
            return new NoteView(n.id, n.at, n.author, n.text);
        }
    }
}
