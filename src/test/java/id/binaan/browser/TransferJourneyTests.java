package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.binaan.TestDatabase;
import id.binaan.account.Accounts;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;

/**
 * A transfer between two facilities of the demo's Binaan (DESIGN.md rule 3), as their staff do it: Pangkep's staff
 * transfer someone with attendance and a completed program to Lapas Makassar; Makassar's staff find them under
 * arrivals, receive them under a new registration number and read their learning record, read only. Neither
 * facility reaches the other's records afterwards: Makassar not Pangkep's attendance sheet of the old session,
 * Pangkep not the enrollment Makassar makes.
 */
class TransferJourneyTests extends BrowserTest {

    private static final String MAKASSAR_PROGRAM = "Las Listrik SMAW (Lapas Makassar)";

    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @AfterEach
    void deskAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private JdbcTemplate owner() {
        return TestDatabase.get().owner();
    }

    @Test
    void pangkepTransfersAndMakassarReceivesTheLearningRecordAndNeitherReachesTheOthersRecords() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        JdbcTemplate owner = owner();
        long pangkep = owner.queryForObject("select id from facility where code <> 'LAPAS-MAKASSAR' order by id limit 1",
                Long.class);
        long makassar = owner.queryForObject("select id from facility where code = 'LAPAS-MAKASSAR'", Long.class);
        LocalDate today = LocalDate.now(clock);
        // someone of Pangkep with attendance and a completed program, in no program now (as the demo's own transfer)
        Map<String, Object> person = owner.queryForMap("""
                select i.id, i.full_name, i.registration_number from inmate i
                 where i.facility_id = ? and i.status = 'ACTIVE' and i.admission_date <= ?
                   and exists (select 1 from enrollment e where e.inmate_id = i.id and e.status = 'COMPLETED'
                                and e.outcome in ('KOMPETEN', 'LULUS'))
                   and exists (select 1 from attendance a join enrollment e on e.id = a.enrollment_id
                                where e.inmate_id = i.id and a.status = 'PRESENT')
                   and not exists (select 1 from enrollment e where e.inmate_id = i.id
                                    and e.status in ('ACTIVE', 'WAITLISTED'))
                 order by i.id limit 1""", pangkep, today.minusDays(14));
        long inmate = ((Number) person.get("id")).longValue();
        String name = (String) person.get("full_name");
        String oldNumber = (String) person.get("registration_number");
        Map<String, Object> completed = owner.queryForMap("""
                select p.title, e.outcome from enrollment e join program p on p.id = e.program_id
                 where e.inmate_id = ? and e.status = 'COMPLETED' and e.outcome in ('KOMPETEN', 'LULUS')
                 order by e.id limit 1""", inmate);
        String completedTitle = (String) completed.get("title");
        Map<String, Object> attended = owner.queryForMap("""
                select a.session_id, a.enrollment_id, a.status, a.version from attendance a
                  join enrollment e on e.id = a.enrollment_id
                 where e.inmate_id = ? and a.status = 'PRESENT' order by a.id limit 1""", inmate);
        long oldSession = ((Number) attended.get("session_id")).longValue();
        long oldEnrollment = ((Number) attended.get("enrollment_id")).longValue();
        String makassarStaff = "petugas-makassar-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createIfAbsent("test", makassarStaff, "Petugas Lapas Makassar", Role.STAFF, makassar, null,
                TestUsers.PASSWORD, false);

        // Pangkep: the transfer form, the facility chosen from the list
        login("petugas", DEMO_PASSWORD);
        open("/inmates/" + inmate);
        go("inmate-transfer");
        assertThat(path()).isEqualTo("/inmates/" + inmate + "/transfer");
        new Select(find("destinationFacilityId")).selectByVisibleText("Lapas Kelas IIA Makassar");
        assertFits();
        check("desk-pangkep-transfer-form");
        go("leave-submit");
        assertThat(path()).isEqualTo("/inmates/" + inmate);
        assertThat(find("inmate-destination").getText()).contains("Lapas Kelas IIA Makassar");
        check("desk-pangkep-transferred");
        logout();

        // Makassar: arrivals, then receiving them under a number of its own
        login(makassarStaff, TestUsers.PASSWORD);
        open("/inmates");
        assertThat(find("inmate-arrivals").getText()).startsWith("Kedatangan pindahan");
        go("inmate-arrivals");
        assertThat(path()).isEqualTo("/inmates/arrivals");
        WebElement row = find("arrivals").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Rutan Kelas IIB Pangkep").contains(oldNumber);
        assertFits();
        check("desk-makassar-arrivals");
        WebElement receive = row.findElement(By.tagName("a"));
        WebElement page = browser.findElement(By.tagName("body"));
        receive.click();
        waitForNewPage(page);
        String newNumber = "B.I " + (300 + (int) (inmate % 600)) + "/2026";
        find("registrationNumber").clear();
        find("registrationNumber").sendKeys(newNumber);
        find("cellBlock").sendKeys("Blok B");
        check("desk-makassar-receive-form");
        go("receive-submit");
        assertThat(path()).startsWith("/inmates/").isNotEqualTo("/inmates/" + inmate);
        long received = Long.parseLong(path().substring("/inmates/".length()));
        assertThat(find("inmate-registration").getText()).isEqualTo(newNumber);
        WebElement learning = find("learning-elsewhere");
        String record = learning.getText();
        assertThat(record).contains("Rutan Kelas IIB Pangkep").contains(completedTitle)
                .containsAnyOf("Kompeten", "Lulus");
        assertThat(record).as("JP attended of JP expected").containsPattern("[1-9][0-9]* / [1-9][0-9]*");
        assertThat(learning.findElements(By.cssSelector("a, button, input, form")))
                .as("the learning record is read only").isEmpty();
        assertThat(find("placements").getText()).contains(oldNumber).contains(newNumber);
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('learning-elsewhere').scrollIntoView({block: 'center', behavior: 'instant'})");
        assertFits();
        check("desk-makassar-learning-record");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('learning-elsewhere').scrollIntoView({block: 'center', behavior: 'instant'})");
        assertFits();
        check("phone-makassar-learning-record");
        browser.manage().window().setSize(new Dimension(1366, 900));

        // Makassar reaches neither Pangkep's attendance sheet of the old session nor its correction, nor changes it
        open("/sessions/" + oldSession);
        assertThat(heading()).isEqualTo("Halaman tidak ditemukan");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(name);
        check("desk-makassar-old-session-not-found");
        open("/sessions/" + oldSession + "/corrections/" + oldEnrollment);
        assertThat(heading()).isEqualTo("Halaman tidak ditemukan");
        open("/inmates/" + inmate);
        assertThat(heading()).isEqualTo("Halaman tidak ditemukan");
        open("/inmates/" + received);
        assertThat(post("/sessions/" + oldSession + "/attendance", "status-" + oldEnrollment, "ABSENT",
                "reason-" + oldEnrollment, "SICK")).isEqualTo(404);
        assertThat(owner.queryForMap("select status, version from attendance where session_id = ? and enrollment_id = ?",
                oldSession, oldEnrollment)).containsEntry("status", "PRESENT")
                .containsEntry("version", attended.get("version"));

        // Makassar enrolls the person in its own training
        long makassarProgram = owner.queryForObject("select id from program where title = ? and facility_id = ?",
                Long.class, MAKASSAR_PROGRAM, makassar);
        open("/programs/" + makassarProgram + "/enrollments/new?inmateId=" + received);
        assertThat(present("refused")).as("eligible for Makassar's training: " + find("eligibility").getText()).isFalse();
        if (present("overrideReason")) {
            find("overrideReason").sendKeys("Pindahan dari Pangkep, melanjutkan pelatihan vokasi di Lapas Makassar");
        }
        check("desk-makassar-enroll");
        go("enroll");
        assertThat(path()).isEqualTo("/programs/" + makassarProgram + "/enrollments");
        long newEnrollment = owner.queryForObject("select id from enrollment where inmate_id = ? and program_id = ?",
                Long.class, received, makassarProgram);
        logout();

        // Pangkep sees nothing of it: not on the old inmate's page, nor by the program's or enrollment's address
        login("petugas", DEMO_PASSWORD);
        open("/inmates/" + inmate);
        assertThat(heading()).contains(name);
        String old = browser.findElement(By.tagName("body")).getText();
        assertThat(old).contains(completedTitle).doesNotContain(MAKASSAR_PROGRAM)
                .doesNotContain("Riwayat pembinaan di UPT lain");
        check("desk-pangkep-old-inmate");
        for (String hidden : List.of("/programs/" + makassarProgram, "/programs/" + makassarProgram + "/enrollments",
                "/enrollments/" + newEnrollment, "/inmates/" + received)) {
            open(hidden);
            assertThat(heading()).as(hidden).isEqualTo("Halaman tidak ditemukan");
            assertThat(browser.findElement(By.tagName("body")).getText()).as(hidden).doesNotContain(MAKASSAR_PROGRAM)
                    .doesNotContain(newNumber);
        }
        check("desk-pangkep-makassar-program-not-found");
        logout();
    }

    /** Posts a form from the current page with its session's CSRF token, as a forged page would; answers the status. */
    private long post(String path, String... fields) {
        String script = """
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name="_csrf"]').value;
                const body = new URLSearchParams();
                body.append('_csrf', token);
                const fields = arguments[1];
                for (let i = 0; i < fields.length; i += 2) { body.append(fields[i], fields[i + 1]); }
                fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual', credentials: 'same-origin'})
                    .then(r => done(r.status), e => done(-1));""";
        return ((Number) ((JavascriptExecutor) browser).executeAsyncScript(script, path, List.of(fields))).longValue();
    }

    private void assertFits() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("no horizontal scrolling on " + path()).isLessThanOrEqualTo(innerWidth);
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(id.binaan.shared.WordsNotCodesTests.codesIn(text)).as("codes on " + path()).isEmpty();
    }
}
