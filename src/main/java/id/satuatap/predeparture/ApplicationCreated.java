package id.satuatap.predeparture;

/** Answer to a new application. */
public record ApplicationCreated(String id, ApplicationStatus status, String processInstanceId) {

    static ApplicationCreated of(Application application) {
        return new ApplicationCreated(application.id, application.status, application.processInstanceId);
    }
}
