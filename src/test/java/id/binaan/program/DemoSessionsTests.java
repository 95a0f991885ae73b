package id.binaan.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The demo facility's programs as the BPVP liaison and staff see them. */
@SpringBootTest(properties = "binaan.demo.password=demo-sandi-uji-2026")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoSessionsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Partners partners;

    @Test
    void theBpvpLiaisonSeesTheTrainingsButNotTheClasses() throws Exception {
        Long bpvp = partners.ensure("BPVP Pangkep", PartnerType.BPVP, null, null, null, null);
        mvc.perform(get("/sessions").with(user(TestUsers.principal(Role.PARTNER, bpvp))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Servis Sepeda Motor Injeksi")))
                .andExpect(content().string(not(containsString("Paket B Kelas 8"))));
        mvc.perform(get("/sessions/week").with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paket C Kelas 11")));
    }
}
