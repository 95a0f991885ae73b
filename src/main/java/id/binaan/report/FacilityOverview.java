package id.binaan.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.binaan.shared.Scope;

/**
 * The regional and national dashboards (DESIGN.md, /region and /national): per facility of the account's scope,
 * today's participation, the programs running, this year's completions and certificates, and what needs attention
 * (no program running, agreements ending within 60 days). Read-only, and only with the scope's facilities: the
 * application's condition and the database's row-level security both limit every figure.
 */
@Service
class FacilityOverview {

    record FacilityLine(Long facilityId, String code, String name, String type, String region, long population,
            long participants, long programsRunning, long completions, long certificates, long agreementsEnding) {

        /** Participants of the population, in per cent with one decimal; none with no population. */
        public Double participationPct() {
            return population == 0 ? null : Math.round(participants * 1000.0 / population) / 10.0;
        }

        public boolean noProgramRunning() {
            return programsRunning == 0;
        }
    }

    record Totals(long facilities, long population, long participants, long programsRunning, long completions,
            long certificates, long withoutProgram, long agreementsEnding) {

        public Double participationPct() {
            return population == 0 ? null : Math.round(participants * 1000.0 / population) / 10.0;
        }
    }

    record Overview(List<FacilityLine> lines, Totals totals) {
    }

    /**
     * The figures from the facilities' tally (V2026.11.30.80), kept exact by every change in its own transaction:
     * the sums of its rows, this year's completions only; agreements ending from the agreements themselves.
     */
    private static final String LINES = """
            select f.id, f.code, f.name, f.type, r.name as region,
                   coalesce(t.population, 0) as population, coalesce(t.participants, 0) as participants,
                   coalesce(t.programs_running, 0) as programs_running, coalesce(t.completions, 0) as completions,
                   coalesce(t.certificates, 0) as certificates, coalesce(ag.n, 0) as agreements_ending
              from facility f
              join region r on r.id = f.region_id
              left join (select facility_id, sum(population) as population, sum(participants) as participants,
                                sum(programs_running) as programs_running,
                                sum(completions) filter (where year = :year) as completions,
                                sum(certificates) filter (where year = :year) as certificates
                           from facility_tally
                          where {inScope:facility_id}
                          group by facility_id) t
                     on t.facility_id = f.id
              left join (select facility_id, count(*) as n from agreement
                          where {inScope:facility_id} and valid_until between :today and :agreementsBy
                          group by facility_id) ag
                     on ag.facility_id = f.id
             where {inScope:f.id}
             order by r.name, f.name""";

    private final NamedParameterJdbcTemplate jdbc;

    FacilityOverview(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Overview of(LocalDate today) {
        Scope scope = Scope.current();
        if (!scope.readsAll() && scope.kind() != Scope.Kind.REGIONAL) {
            throw new IllegalStateException("The overview across facilities is for regional and national officers");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("today", today)
                .addValue("year", today.getYear())
                .addValue("agreementsBy", today.plusDays(AlertQueries.AGREEMENT_DAYS));
        List<FacilityLine> lines = jdbc.query(scope.scoped(LINES), params, (rs, i) -> new FacilityLine(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), rs.getString("type"), rs.getString("region"),
                rs.getLong("population"), rs.getLong("participants"), rs.getLong("programs_running"),
                rs.getLong("completions"), rs.getLong("certificates"), rs.getLong("agreements_ending")));
        Totals totals = new Totals(lines.size(), lines.stream().mapToLong(FacilityLine::population).sum(),
                lines.stream().mapToLong(FacilityLine::participants).sum(),
                lines.stream().mapToLong(FacilityLine::programsRunning).sum(),
                lines.stream().mapToLong(FacilityLine::completions).sum(),
                lines.stream().mapToLong(FacilityLine::certificates).sum(),
                lines.stream().filter(FacilityLine::noProgramRunning).count(),
                lines.stream().mapToLong(FacilityLine::agreementsEnding).sum());
        return new Overview(lines, totals);
    }
}
