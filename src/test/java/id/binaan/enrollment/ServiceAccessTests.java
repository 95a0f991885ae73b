package id.binaan.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.inmate.Inmates;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import id.binaan.shared.ServiceAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The services refuse whoever their routes would refuse, called directly as any route would call them: a liaison
 * cannot enroll anyone (not even into their own institution's program) nor search the inmates, and an anonymous
 * visitor cannot either; staff and the system can.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceAccessTests {

    @Autowired
    EnrollmentService enrollments;
    @Autowired
    Inmates inmates;
    @Autowired
    ProgramSetup programs;
    @Autowired
    Partners partners;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLiaisonCannotEnrollIntoAnotherInstitutionsProgramNorSearchTheInmates() {
        EnrollmentFixtures fixtures = new EnrollmentFixtures(inmates, programs, partners, clock);
        Long program = fixtures.training(10);
        Long inmate = fixtures.inmate();
        Long otherInstitution = partners.ensure("Mitra Lain Uji Akses", PartnerType.LPK, null, null, null, null);

        signIn(new UsernamePasswordAuthenticationToken(TestUsers.principal(Role.PARTNER, otherInstitution), null,
                AuthorityUtils.createAuthorityList("ROLE_" + Role.PARTNER.name())));
        assertThatThrownBy(() -> enrollments.enroll("penghubung", program, inmate, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inmates.search("", 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inmates.find(inmate)).isInstanceOf(AccessDeniedException.class);

        signIn(new UsernamePasswordAuthenticationToken(TestUsers.principal(Role.STAFF, null), null,
                AuthorityUtils.createAuthorityList("ROLE_" + Role.STAFF.name())));
        assertThat(enrollments.enroll("petugas", program, inmate, null).enrollmentId()).isNotNull();
        assertThat(inmates.search("", 5)).isNotEmpty();
    }

    @Test
    void anAnonymousVisitorIsRefused() {
        signIn(new AnonymousAuthenticationToken("kunci", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> inmates.search("", 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrollments.totals(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSystemMayCallThemAndWhoeverCalledBeforeIsPutBack() {
        Authentication liaison = new UsernamePasswordAuthenticationToken(TestUsers.principal(Role.PARTNER, 1L), null,
                AuthorityUtils.createAuthorityList("ROLE_" + Role.PARTNER.name()));
        signIn(liaison);
        List<?> found = ServiceAccess.asSystem(() -> inmates.search("", 5));
        assertThat(found).isNotNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(liaison);
        assertThatThrownBy(() -> inmates.search("", 5)).isInstanceOf(AccessDeniedException.class);
    }

    private static void signIn(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }
}
