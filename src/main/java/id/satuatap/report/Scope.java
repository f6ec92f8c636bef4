package id.satuatap.report;

/**
 * Which cases and applications a report counts: by the person's home region and the destination country. The
 * region is a BPS code prefix (a regency's 4 digits today; a province's 2 digits or a district's 6 are the same
 * condition), so finer or coarser region filters need no new SQL.
 */
public record Scope(String regionPrefix, String country) {

    public static final Scope ALL = new Scope(null, null);

    public boolean regional() {
        return regionPrefix != null;
    }

    public boolean all() {
        return regionPrefix == null && country == null;
    }

    /** The condition on a case_record alias. */
    String onCase(String alias) {
        return on(alias + ".regency_code", alias + ".country");
    }

    /** The condition on a pd_application alias joined with its worker alias. */
    String onApplication(String application, String worker) {
        return on(worker + ".regency_code", application + ".destination_country");
    }

    private String on(String regencyColumn, String countryColumn) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (regionPrefix != null) {
            where.append(" and ").append(regencyColumn).append(" like :regionPrefix");
        }
        if (country != null) {
            where.append(" and ").append(countryColumn).append(" = :country");
        }
        return where.toString();
    }

    void bind(java.util.Map<String, Object> parameters) {
        if (regionPrefix != null) {
            parameters.put("regionPrefix", regionPrefix + "%");
        }
        if (country != null) {
            parameters.put("country", country);
        }
    }
}
