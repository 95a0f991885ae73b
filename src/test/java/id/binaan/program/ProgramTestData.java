package id.binaan.program;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/** Programs made straight in the database for tests, each with a unique title. */
@TestComponent
class ProgramTestData {

    private final ProgramRepository programs;

    ProgramTestData(ProgramRepository programs) {
        this.programs = programs;
    }

    /** A planned training from 4 January to 26 March 2027 with 16 places. */
    @Transactional
    Long training(Long partnerId, String name) {
        Program program = new Program(ProgramKind.TRAINING);
        program.define(new Program.Details(partnerId, name + " " + UUID.randomUUID(), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 3, 26), 16, "Bengkel", "Instruktur Uji", 160, Audience.ALL, 80, "Las", null, null,
                null, null, null), id.binaan.partner.PartnerType.BPVP);
        return programs.save(program).getId();
    }
}
