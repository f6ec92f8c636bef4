package id.satuatap.worker;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds registered workers for a desk: by NIK, name prefix (case-insensitive), phone or birth date, combined.
 * At least one criterion is needed: a desk looks a person up, it does not browse the register.
 */
@ApplicationScoped
public class WorkerSearch {

    @Inject AuditLog audit;

    public record Criteria(String nik, String name, String phone, LocalDate birthDate) {
        boolean isEmpty() {
            return blank(nik) && blank(name) && blank(phone) && birthDate == null;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    @Transactional
    public Page<Worker> find(Criteria criteria, PageRequest page, String searchedBy) {
        if (criteria.isEmpty()) {
            throw ApiException.invalid("name", "give at least one of nik, name, phone or birthDate");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!Criteria.blank(criteria.nik())) {
            where.add("nik = :nik");
            params.put("nik", criteria.nik().trim());
        }
        if (!Criteria.blank(criteria.name())) {
            where.add("lower(fullName) like :name escape '!'");
            params.put("name", likePrefix(criteria.name()));
        }
        if (!Criteria.blank(criteria.phone())) {
            where.add("phone = :phone");
            params.put("phone", criteria.phone().trim());
        }
        if (criteria.birthDate() != null) {
            where.add("birthDate = :birthDate");
            params.put("birthDate", criteria.birthDate());
        }
        List<Worker> rows = Worker.<Worker>find(String.join(" and ", where) + " order by fullName, id", params)
                .range(page.offset(), page.offset() + page.limit()).list();
        // Which criteria were used, never their values: the audit trail must not become a copy of the register.
        audit.record(searchedBy, "WORKER_SEARCHED", "WORKER", null, "by " + String.join(",", params.keySet().stream().sorted().toList())
                + ", " + Math.min(rows.size(), page.limit()) + " found");
        return page.offsetPage(rows);
    }

    private static String likePrefix(String name) {
        String escaped = name.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return escaped + "%";
    }
}
