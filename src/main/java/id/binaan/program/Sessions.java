package id.binaan.program;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sessions as other modules see them. */
@Service
public class Sessions {

    private final SessionRepository sessions;

    Sessions(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public Optional<SessionView> find(Long id) {
        return id == null ? Optional.empty() : sessions.view(id);
    }
}
