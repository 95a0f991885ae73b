package id.binaan.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.binaan.account.CurrentUser;
import id.binaan.attendance.AbsenceReason;
import id.binaan.attendance.AttendanceHistory;
import id.binaan.attendance.AttendanceStatus;
import id.binaan.enrollment.EndReason;
import id.binaan.enrollment.EnrollmentService;
import id.binaan.enrollment.Outcome;
import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.EducationLevel;
import id.binaan.program.ProgramSetup;
import id.binaan.program.ProgramSetup.Basics;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A year of history for the demo facility, the same on every start (fixed seeds): programs held over the past
 * twelve months with their attendance recorded and confirmed (mostly present, some excused or absent with reasons),
 * one participant of each withdrawn midway, the others completed with outcomes and certificate numbers; and
 * participants for the running programs that had none. Runs after the other demo data; a program that already has
 * participants is left as it is.
 */
@Component
@Profile("demo")
@Order(7)
class DemoHistory implements ApplicationRunner {

    private static final String ACTOR = "system";

    private final Partners partners;
    private final ProgramSetup setup;
    private final Inmates inmates;
    private final EnrollmentService enrollment;
    private final AttendanceHistory attendance;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoHistory(Partners partners, ProgramSetup setup, Inmates inmates, EnrollmentService enrollment,
            AttendanceHistory attendance, UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.partners = partners;
        this.setup = setup;
        this.inmates = inmates;
        this.enrollment = enrollment;
        this.attendance = attendance;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A program of the past: who delivered it, when, and how many took part. */
    private record Past(String partner, String title, int fromWeeksAgo, int toWeeksAgo, Set<DayOfWeek> days,
            LocalTime start, LocalTime end, int jp, EducationLevel level, int grade, String scheme, int people,
            String location, String instructor) {
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        CurrentUser staff = (CurrentUser) users.loadUserByUsername("petugas");
        Map<String, CurrentUser> confirmers = Map.of("BPVP Pangkep", (CurrentUser) users.loadUserByUsername("bpvp"),
                "Disdikbud Kabupaten Pangkep", (CurrentUser) users.loadUserByUsername("disdik"),
                "PKBM Tunas Harapan", (CurrentUser) users.loadUserByUsername("admin"));
        List<InmateSummary> candidates = inmates.search("", 200);
        List<Past> past = List.of(
                new Past("BPVP Pangkep", "Las Listrik SMAW", 50, 40, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                        LocalTime.of(8, 0), LocalTime.of(12, 0), 4, null, 0, "Skema Juru Las SMAW (LSP Logam)", 12,
                        "Bengkel kerja Blok C", "Syamsul Bahri, S.Pd."),
                new Past("BPVP Pangkep", "Menjahit Busana Dasar", 42, 32, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        LocalTime.of(8, 0), LocalTime.of(12, 0), 4, null, 0, null, 10, "Ruang keterampilan",
                        "Hj. Andi Nurlela"),
                new Past("PKBM Tunas Harapan", "Paket C Kelas 12", 36, 20, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                        LocalTime.of(13, 0), LocalTime.of(15, 0), 3, EducationLevel.PAKET_C, 12, null, 8,
                        "Ruang belajar Blok B", "Muhammad Ilham Saputra"),
                new Past("BPVP Pangkep", "Pangkas Rambut", 28, 16, Set.of(DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                        LocalTime.of(12, 0), 4, null, 0, "Skema Pemangkas Rambut (LSP Kecantikan)", 10, "Aula Blok A",
                        "Rudi Hartono"),
                new Past("Disdikbud Kabupaten Pangkep", "Paket B Kelas 7", 24, 9, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        LocalTime.of(13, 0), LocalTime.of(15, 0), 3, EducationLevel.PAKET_B, 7, null, 8,
                        "Ruang belajar Blok A", "Rahmawati, S.Pd."));
        int offset = 0;
        for (int i = 0; i < past.size(); i++) {
            offset = held(past.get(i), today, staff, confirmers, candidates, offset, new Random(20261130L + i));
        }
        participantsFor(today, candidates, List.of("Servis Sepeda Motor Injeksi", "Tata Boga: Kue dan Roti",
                "Paket C Kelas 11"));
    }

    /** One past program, held from start to end; answers where the next program starts in the candidate list. */
    private int held(Past p, LocalDate today, CurrentUser staff, Map<String, CurrentUser> confirmers,
            List<InmateSummary> candidates, int offset, Random random) {
        Long partner = partners.ensure(p.partner(), type(p.partner()), null, null, null, null);
        LocalDate from = today.minusWeeks(p.fromWeeksAgo());
        LocalDate to = today.minusWeeks(p.toWeeksAgo());
        Basics basics = new Basics(partner, p.title(), from, to, 16, p.location(), p.instructor(), 200);
        Long program = p.level() == null
                ? setup.ensureRunningTraining(ACTOR, basics, p.title(), p.scheme())
                : setup.ensureRunningClass(ACTOR, basics, p.level(), p.grade(), (from.getYear() - 1) + "/" + from.getYear(), 2);
        if (count("select count(*) from enrollment where program_id = ?", program) > 0) {
            return offset;
        }
        setup.ensureWeeklySessions(ACTOR, program, p.days(), p.start(), p.end(), p.jp(), p.title(), to.plusYears(1));
        List<Map<String, Object>> sessions = jdbc.queryForList(
                "select id, session_date, jp from program_session where program_id = ? and status = 'SCHEDULED'"
                        + " order by session_date", program);
        // the program's target is what its schedule gives
        jdbc.update("update program set target_jp = ? where id = ?",
                sessions.stream().mapToInt(s -> ((Number) s.get("jp")).intValue()).sum(), program);

        List<Long> enrolled = new ArrayList<>();
        int next = offset;
        for (int tried = 0; tried < candidates.size() && enrolled.size() < p.people(); tried++) {
            InmateSummary inmate = candidates.get(next++ % candidates.size());
            if (enrollment.admitsWithoutReason(program, inmate.id())) {
                Long id = enrollment.enroll(ACTOR, program, inmate.id(), null).enrollmentId();
                LocalDate on = from.minusDays(3 + random.nextInt(10));
                jdbc.update("update enrollment set enrolled_on = ?, activated_on = ?, requested_at = ? where id = ?",
                        on, on, on.atTime(9, 0).atZone(clock.getZone()).toOffsetDateTime(), id);
                enrolled.add(id);
            }
        }
        Long leaving = enrolled.isEmpty() ? null : enrolled.get(random.nextInt(enrolled.size()));
        int leaveAt = sessions.size() / 2;
        CurrentUser confirmer = confirmers.get(p.partner());
        for (int s = 0; s < sessions.size(); s++) {
            Long session = ((Number) sessions.get(s).get("id")).longValue();
            LocalDate date = ((java.sql.Date) sessions.get(s).get("session_date")).toLocalDate();
            if (s == leaveAt && leaving != null) {
                enrollment.withdraw(ACTOR, leaving, version(leaving), EndReason.OWN_REQUEST);
                jdbc.update("update enrollment set ended_on = ? where id = ?", date.minusDays(1), leaving);
            }
            Map<Long, AttendanceStatus> statuses = new LinkedHashMap<>();
            Map<Long, AbsenceReason> reasons = new HashMap<>();
            Map<Long, String> notes = new HashMap<>();
            for (Long e : enrolled) {
                if (e.equals(leaving) && s >= leaveAt) {
                    continue;
                }
                int roll = random.nextInt(100);
                if (roll < 86) {
                    statuses.put(e, AttendanceStatus.PRESENT);
                } else if (roll < 94) {
                    statuses.put(e, AttendanceStatus.EXCUSED);
                    reasons.put(e, List.of(AbsenceReason.SICK, AbsenceReason.COURT_HEARING, AbsenceReason.FAMILY_VISIT)
                            .get(random.nextInt(3)));
                } else {
                    statuses.put(e, AttendanceStatus.ABSENT);
                    boolean other = random.nextBoolean();
                    reasons.put(e, other ? AbsenceReason.OTHER : AbsenceReason.DISCIPLINARY);
                    if (other) {
                        notes.put(e, "Tidak keluar blok tanpa keterangan");
                    }
                }
            }
            if (!statuses.isEmpty()) {
                attendance.record(staff, session, statuses, reasons, notes);
                attendance.confirm(confirmer, session, ((Number) sessions.get(s).get("jp")).intValue(), null);
            }
        }
        // when things happened: attendance on the day, confirmation the day after
        jdbc.update("""
                update attendance a set recorded_at = ((s.session_date + s.end_time) at time zone ?)
                  from program_session s where s.id = a.session_id and s.program_id = ?""", clock.getZone().getId(), program);
        jdbc.update("""
                update program_session set confirmed_at = ((session_date + end_time + interval '1 day') at time zone ?)
                 where program_id = ? and confirmed_at is not null""", clock.getZone().getId(), program);

        int n = 0;
        for (Long e : enrolled) {
            if (e.equals(leaving)) {
                continue;
            }
            var pct = enrollment.totals(e).attendancePercent();
            Outcome[] outcomes = Outcome.of(p.level() == null ? id.binaan.program.ProgramKind.TRAINING
                    : id.binaan.program.ProgramKind.EQUIVALENCY);
            if (pct == null || pct.doubleValue() < 80) {
                enrollment.withdraw(ACTOR, e, version(e), EndReason.OTHER);
            } else if (random.nextInt(10) == 0) {
                enrollment.complete(ACTOR, e, version(e), outcomes[1], null);
            } else {
                n++;
                String number = p.level() == null
                        ? "BNSP/" + p.title().substring(0, 3).toUpperCase() + "/" + to.getYear() + "/" + String.format("%04d", 100 + n)
                        : "DN-" + p.level().name().charAt(p.level().name().length() - 1) + "/" + to.getYear() + "/" + String.format("%05d", 300 + n);
                enrollment.complete(ACTOR, e, version(e), outcomes[0], number);
            }
            jdbc.update("update enrollment set ended_on = ? where id = ?", to, e);
        }
        setup.ensureCompleted(ACTOR, program);
        return next;
    }

    /** The running programs that still have nobody: a few eligible participants each, enrolled when they began. */
    private void participantsFor(LocalDate today, List<InmateSummary> candidates, List<String> titles) {
        int next = 60;
        for (String title : titles) {
            List<Long> ids = jdbc.queryForList("select id from program where title = ?", Long.class, title);
            if (ids.isEmpty() || count("select count(*) from enrollment where program_id = ?", ids.get(0)) > 0) {
                continue;
            }
            Long program = ids.get(0);
            LocalDate start = jdbc.queryForObject("select start_date from program where id = ?", LocalDate.class, program);
            int enrolled = 0;
            for (int tried = 0; tried < candidates.size() && enrolled < 8; tried++) {
                InmateSummary inmate = candidates.get(next++ % candidates.size());
                if (enrollment.admitsWithoutReason(program, inmate.id())) {
                    Long id = enrollment.enroll(ACTOR, program, inmate.id(), null).enrollmentId();
                    jdbc.update("update enrollment set enrolled_on = ?, activated_on = ? where id = ?",
                            start.minusDays(2), start.minusDays(2), id);
                    enrolled++;
                }
            }
        }
    }

    private Long version(Long enrollmentId) {
        return jdbc.queryForObject("select version from enrollment where id = ?", Long.class, enrollmentId);
    }

    private int count(String sql, Object arg) {
        Integer n = jdbc.queryForObject(sql, Integer.class, arg);
        return n == null ? 0 : n;
    }

    private static PartnerType type(String partner) {
        return partner.startsWith("BPVP") ? PartnerType.BPVP
                : partner.startsWith("PKBM") ? PartnerType.PKBM : PartnerType.DISDIKBUD;
    }
}
