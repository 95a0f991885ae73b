package id.binaan.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Who is signed in where, so disabling an account, changing its role or resetting its password can end
 * its sessions at once. Sessions are kept in the database (Spring Session JDBC), indexed by user name,
 * so this works whichever instance of the application the user is on.
 */
@Configuration(proxyBeanMethods = false)
class OpenSessions {

    /**
     * Two requests of one user at the same moment (two tabs, two instances) may both add the same session
     * attribute, such as a flash message; PostgreSQL's upsert keeps the second from failing on a duplicate key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Session attributes are stored with Java serialisation. One that can no longer be read (a class changed
     * by an upgrade, a damaged row) counts as absent, so its user is asked to sign in again instead of
     * every request of theirs failing.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> unreadableAttributesAreAbsent() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter deserializer = new DeserializingConverter(OpenSessions.class.getClassLoader());
        conversion.addConverter(byte[].class, Object.class, (byte[] bytes) -> {
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException e) {
                return null;
            }
        });
        return repository -> repository.setConversionService(conversion);
    }

    /**
     * Deletes every open session of that user, in the caller's transaction; their next request carries a session
     * id that no longer exists and is sent to the login page with the "session ended" message. Deleting instead of
     * marking the sessions expired spares every request a second read of its session to check the mark.
     */
    static int end(FindByIndexNameSessionRepository<? extends Session> sessions, String username) {
        var open = sessions.findByPrincipalName(username).keySet();
        open.forEach(sessions::deleteById);
        return open.size();
    }
}
