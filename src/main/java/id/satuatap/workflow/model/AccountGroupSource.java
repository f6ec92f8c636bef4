package id.satuatap.workflow.model;

import id.satuatap.security.Account;
import id.satuatap.security.Desk;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** The desk codes, and every group some account works for (partner organisations among them). */
@ApplicationScoped
public class AccountGroupSource implements CandidateGroupSource {

    @Override
    public Set<String> candidateGroups() {
        Set<String> groups = new TreeSet<>();
        Arrays.stream(Desk.values()).map(Desk::name).forEach(groups::add);
        groups.addAll(Account.getEntityManager()
                .createQuery("select distinct g from Account a join a.groups g", String.class).getResultList());
        return groups;
    }
}
