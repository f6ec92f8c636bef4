package id.satuatap.worker;

import id.satuatap.audit.AuditLog;
import id.satuatap.problem.ApiException;
import id.satuatap.security.Account;
import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Links between family members' accounts and workers' records, and who may make them: the worker from their own
 * account (their consent), or LTSA staff at a desk. A partner never links anyone.
 */
@ApplicationScoped
public class FamilyLinks {

    @Inject AuditLog audit;

    public record LinkView(String id, String workerId, String username, FamilyRelation relation, FamilyLink.Basis basis,
                           String linkedBy, Instant linkedAt) {

        static LinkView of(FamilyLink link) {
            return new LinkView(link.id, link.workerId, link.accountUsername, link.relation, link.basis, link.linkedBy,
                    link.linkedAt);
        }
    }

    public boolean isLinked(String username, String workerId) {
        return username != null && workerId != null
                && FamilyLink.count("accountUsername = ?1 and workerId = ?2", username, workerId) > 0;
    }

    @Transactional
    public LinkView link(CurrentUser user, String workerId, String username, FamilyRelation relation) {
        FamilyLink.Basis basis = basis(user, workerId);
        Account account = Account.findByUsername(username).filter(a -> a.role == Role.WORKER && a.enabled)
                .orElseThrow(() -> ApiException.invalid("username", "is not a mobile-app account"));
        if (workerId.equals(account.workerId)) {
            throw ApiException.invalid("username", "is the worker's own account");
        }
        if (isLinked(username, workerId)) {
            throw ApiException.conflict("This account is already linked to the worker");
        }
        var link = new FamilyLink();
        link.workerId = workerId;
        link.accountUsername = account.username;
        link.relation = relation;
        link.basis = basis;
        link.linkedBy = user.username();
        link.linkedAt = Instant.now();
        link.persist();
        audit.record(user.username(), "FAMILY_LINKED", "WORKER", workerId, "link " + link.id + " basis " + basis);
        return LinkView.of(link);
    }

    public List<LinkView> ofWorker(CurrentUser user, String workerId) {
        basis(user, workerId);
        return FamilyLink.<FamilyLink>list("workerId = ?1 order by linkedAt, id", workerId).stream().map(LinkView::of).toList();
    }

    /** The workers the caller's account is linked to as family. */
    public List<LinkView> mine(CurrentUser user) {
        return FamilyLink.<FamilyLink>list("accountUsername = ?1 order by linkedAt, id", user.username()).stream()
                .map(LinkView::of).toList();
    }

    /** One of the caller's own links; someone else's is as unknown as a missing one. */
    public LinkView own(CurrentUser user, String linkId) {
        return FamilyLink.<FamilyLink>findByIdOptional(linkId).filter(l -> l.accountUsername.equals(user.username()))
                .map(LinkView::of).orElseThrow(() -> ApiException.notFound("No family link " + linkId));
    }

    @Transactional
    public void unlink(CurrentUser user, String workerId, String linkId) {
        basis(user, workerId);
        FamilyLink link = FamilyLink.<FamilyLink>findByIdOptional(linkId).filter(l -> l.workerId.equals(workerId))
                .orElseThrow(() -> ApiException.notFound("No family link " + linkId));
        link.delete();
        audit.record(user.username(), "FAMILY_UNLINKED", "WORKER", workerId, "link " + linkId);
    }

    /** Staff at a desk, or the worker themself; anyone else does not learn that the record exists. */
    private static FamilyLink.Basis basis(CurrentUser user, String workerId) {
        if (Worker.findById(workerId) == null) {
            throw ApiException.notFound("No worker " + workerId);
        }
        if (user.isAny(Role.ADMIN, Role.COORDINATOR, Role.DESK)) {
            return FamilyLink.Basis.DESK;
        }
        if (user.is(Role.WORKER) && user.workerId().filter(workerId::equals).isPresent()) {
            return FamilyLink.Basis.WORKER_CONSENT;
        }
        throw ApiException.notFound("No worker " + workerId);
    }
}
