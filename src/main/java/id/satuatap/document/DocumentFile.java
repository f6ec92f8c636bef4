package id.satuatap.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.Length;

/**
 * The bytes of an uploaded document, kept in the database next to its record (not in the process), apart from
 * {@link Document} so that listing documents never loads files.
 */
@Entity
@Table(name = "pd_document_file")
public class DocumentFile extends PanacheEntityBase {

    @Id
    @Column(name = "document_id", length = 36)
    public String documentId;

    @Column(nullable = false, length = Length.LONG32)
    public byte[] content;
}
