package id.satuatap.workflow.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who deployed which engine deployment, under which name; the engine itself keeps neither. */
@Entity
@Table(name = "model_deployment")
public class ModelDeployment extends PanacheEntityBase {

    @Id
    @Column(name = "deployment_id", length = 64)
    public String deploymentId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "deployed_by", nullable = false, length = 64)
    public String deployedBy;

    @Column(name = "deployed_at", nullable = false)
    public Instant deployedAt;
}
