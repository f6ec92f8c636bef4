package id.satuatap.predeparture;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** JPA callbacks of the records a status view shows: every write of one moves its application's view version. */
public class ApplicationViewListener {

    @Inject ApplicationViewVersions versions;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(ShownInApplicationView record) {
        versions.applicationChanged(record.shownInApplication());
    }
}
