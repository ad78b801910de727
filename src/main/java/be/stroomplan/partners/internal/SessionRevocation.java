package be.stroomplan.partners.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open browser sessions, on every node (sessions live in the database). A session
 * carries the user's organisation and roles as they were at login; when an administrator disables
 * the account, resets its password or changes what it may do, the old session must not live on.
 */
@Component
public class SessionRevocation {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionRevocation(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of this user; returns how many there were. */
    public int endSessionsOf(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0; // no web sessions in this mode (command line)
        }
        var open = repository.findByPrincipalName(username).keySet();
        open.forEach(repository::deleteById);
        return open.size();
    }
}
