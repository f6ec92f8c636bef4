package id.satuatap.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.TreeSet;

/** The candidate groups that exist right now: the union of every {@link CandidateGroupSource}. */
@ApplicationScoped
public class KnownGroups {

    @Inject @Any Instance<CandidateGroupSource> sources;

    public Set<String> all() {
        Set<String> groups = new TreeSet<>();
        sources.forEach(source -> groups.addAll(source.candidateGroups()));
        return groups;
    }
}
