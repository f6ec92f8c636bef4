package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Observes the red-flag events as case handling would, so tests can see what was fired. */
@ApplicationScoped
public class RedFlagProbe {

    private final List<RedFlagRaised> seen = new CopyOnWriteArrayList<>();

    void on(@Observes RedFlagRaised event) {
        seen.add(event);
    }

    public List<RedFlagRaised> of(String applicationId) {
        return seen.stream().filter(e -> e.applicationId().equals(applicationId)).toList();
    }
}
