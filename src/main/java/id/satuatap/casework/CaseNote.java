package id.satuatap.casework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** A working note on a case; read by staff and by partners that accepted a referral, never by the worker. */
@Entity
@Table(name = "case_note", indexes = @Index(name = "ix_case_note_case", columnList = "case_id, at"))
public class CaseNote extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id = UUID.randomUUID().toString();

    @Column(name = "case_id", nullable = false, length = 36)
    public String caseId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 64)
    public String author;

    @Column(nullable = false, length = 4000)
    public String text;
}
