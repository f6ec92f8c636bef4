package id.satuatap.outreach;

import id.satuatap.outreach.OutreachSession.HolderType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record OutreachView(String id, LocalDate heldOn, String villageCode, String regencyCode, String holder,
                           HolderType holderType, List<OutreachTopic> topics, OutreachRequest.Attendance attendance,
                           int attendanceTotal, String notes, String recordedBy, Instant recordedAt, long version) {

    static OutreachView of(OutreachSession s) {
        return new OutreachView(s.id, s.heldOn, s.villageCode, s.villageCode.substring(0, 4), s.holder, s.holderType,
                s.topics.stream().sorted().toList(), new OutreachRequest.Attendance(s.attendanceFemale, s.attendanceMale),
                s.attendanceFemale + s.attendanceMale, s.notes, s.recordedBy, s.recordedAt, s.version);
    }
}
