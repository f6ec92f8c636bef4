package id.satuatap.partner;

import id.satuatap.workflow.model.CandidateGroupSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.stream.Collectors;

/** Partner codes are candidate groups: a model may offer work to any partner of the directory. */
@ApplicationScoped
public class PartnerGroups implements CandidateGroupSource {

    @Override
    public Set<String> candidateGroups() {
        return Partner.<Partner>listAll().stream().map(p -> p.code).collect(Collectors.toSet());
    }
}
