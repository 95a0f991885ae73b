package id.binaan.program;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A national holiday (libur nasional): no session is generated on it. */
@Entity
class Holiday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;
    private String name;

    protected Holiday() {
    }

    LocalDate getDate() { return date; }
    String getName() { return name; }
}
