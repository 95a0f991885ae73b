package id.binaan.shared;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may call the services, checked by method security below the controllers ({@code @PreAuthorize} on the
 * services), so a missing or wrong URL rule does not open them. The staff services (inmates, enrollments, partners
 * and their meetings) answer an administrator, staff, or the system; never a liaison, whose institution they do not
 * belong to, nor an anonymous visitor.
 * <p>
 * The system is the application's own work without a user: start-up (the first administrator, demo data), which
 * runs as {@link #SYSTEM} ({@link #asSystem}). A call with no authentication at all (a test preparing its data, a
 * background thread) is also the application's own: every web request carries one, an anonymous one before sign-in,
 * so a request never passes for the system.
 */
@Component("serviceAccess")
public class ServiceAccess {

    /** The authority of the application's own work. */
    public static final String SYSTEM = "ROLE_SYSTEM";

    private static final List<String> STAFF = List.of("ROLE_ADMIN", "ROLE_STAFF", SYSTEM);

    /** For {@code @PreAuthorize("@serviceAccess.staff()")}. */
    public boolean staff() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            // every web request has a caller, anonymous before sign-in (Spring Security's anonymous filter): none
            // means the application's own work
            return true;
        }
        return !(caller instanceof AnonymousAuthenticationToken) && caller.isAuthenticated()
                && holdsAny(caller.getAuthorities(), STAFF);
    }

    /** Runs {@code work} as the system, then puts back whoever was calling. */
    public static <T> T asSystem(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(systemAuthentication());
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static Authentication systemAuthentication() {
        return UsernamePasswordAuthenticationToken.authenticated("system", null, List.of(new SimpleGrantedAuthority(SYSTEM)));
    }

    private static boolean holdsAny(Collection<? extends GrantedAuthority> authorities, List<String> wanted) {
        return authorities.stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::contains);
    }
}
