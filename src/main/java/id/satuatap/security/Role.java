package id.satuatap.security;

/** What kind of user an account belongs to; the lower-case name is the security role. */
public enum Role {
    ADMIN, COORDINATOR, DESK, PARTNER, WORKER;

    public static final String ADMIN_ROLE = "admin";
    public static final String COORDINATOR_ROLE = "coordinator";
    public static final String DESK_ROLE = "desk";
    public static final String PARTNER_ROLE = "partner";
    public static final String WORKER_ROLE = "worker";

    public String roleName() {
        return name().toLowerCase();
    }
}
