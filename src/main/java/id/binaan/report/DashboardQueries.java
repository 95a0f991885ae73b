package id.binaan.report;

import id.binaan.shared.Scope;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.binaan.partner.Partners;
import id.binaan.report.DashboardFigures.Alerts;
import id.binaan.report.DashboardFigures.Count;
import id.binaan.report.DashboardFigures.MonthRate;
import id.binaan.report.DashboardFigures.Rate;

/** The dashboard's figures: a fixed handful of SQL aggregates, whatever the size of the facility. */
@Service
class DashboardQueries {

    /**
     * Inmates in the facility on each month's last day (today for this month), and those of them in an
     * active enrollment on that day.
     *
     * <p>The population is a running sum of arrivals (+1 on the admission day) and departures (−1 on the status
     * day), read in one pass over the inmates.
     *
     * <p>The participants are counted from the enrollments that can take part in the twelve months only: those
     * activated by today and not ended before the first month's last day, found by a range of the index
     * {@code enrollment_taking_part_idx} (ended day, open ones last), so that the cost follows the twelve months'
     * enrollments and not the whole history. Each such enrollment, within its inmate's stay, covers a run of the
     * twelve days, written as bits (bit k: day k; {@code width_bucket} counts the days before a date); an inmate's
     * runs are OR-ed together, so that an inmate in two programs counts once, and the twelve counts are the numbers
     * of inmates with each bit set. No row is repeated per month and nothing is sorted. A facility's own figures
     * add {@code and e.facility_id = :facility} (and the same to the inmates) with the facility leading the index.
     */
    private static final String MONTHS = """
            with points as (
                select m::date as month,
                       least((m + interval '1 month' - interval '1 day')::date, cast(:today as date)) as d
                  from generate_series(cast(:firstMonth as date), cast(:today as date), interval '1 month') m),
            days as (select array_agg(d order by d) as days from points),
            changes as (
                select greatest(date_trunc('month', c.day)::date, cast(:firstMonth as date)) as month, sum(c.delta) as delta
                  from (select admission_date as day, 1 as delta from inmate where {inScope:facility_id}
                        union all
                        select greatest(admission_date, status_date), -1 from inmate
                         where {inScope:facility_id} and status_date is not null) c
                 where c.day <= cast(:today as date)
                 group by 1),
            population as (
                select p.month, p.d, sum(coalesce(c.delta, 0)) over (order by p.month) as n
                  from points p left join changes c on c.month = p.month),
            runs as (
                select bit_or(case when r.last_day >= r.first_day
                                   then (1 << (r.last_day + 1)) - (1 << r.first_day) else 0 end) as bits
                  from days w
                  join enrollment e on {inScope:e.facility_id} and e.activated_on is not null
                                   and e.activated_on <= cast(:today as date)
                                   and coalesce(e.ended_on, date 'infinity') > cast(:firstDay as date)
                  join inmate i on i.id = e.inmate_id and i.admission_date <= cast(:today as date)
                               and (i.status_date is null or i.status_date > cast(:firstDay as date))
                 cross join lateral (
                     select width_bucket(greatest(e.activated_on, i.admission_date) - 1, w.days) as first_day,
                            width_bucket(least(coalesce(e.ended_on, date 'infinity'),
                                               coalesce(i.status_date, date 'infinity')) - 1, w.days) - 1 as last_day) r
                 group by e.inmate_id),
            taking_part as (
                select array[sum(bits & 1), sum(bits >> 1 & 1), sum(bits >> 2 & 1), sum(bits >> 3 & 1),
                             sum(bits >> 4 & 1), sum(bits >> 5 & 1), sum(bits >> 6 & 1), sum(bits >> 7 & 1),
                             sum(bits >> 8 & 1), sum(bits >> 9 & 1), sum(bits >> 10 & 1), sum(bits >> 11 & 1)] as n
                  from runs)
            select pop.month, pop.n as population, coalesce(t.n[array_position(w.days, pop.d)], 0) as participants
              from population pop cross join days w cross join taking_part t
             order by pop.month""";

    private static final String PARTICIPANTS = """
            select grouping(pa.name) as by_kind, coalesce(pa.name, p.kind) as label, count(distinct e.inmate_id) as n
              from enrollment e join program p on p.id = e.program_id join partner pa on pa.id = p.partner_id
             where {inScope:e.facility_id} and e.status = 'ACTIVE'
             group by grouping sets ((pa.name), (p.kind))
             order by by_kind, n desc, label""";

    /** Today's participation rate, this year's completions and the alerts, in one statement. */
    private static final String NOW_YEAR_AND_ALERTS = """
            select (select count(*) from inmate where {inScope:facility_id} and status = 'ACTIVE') as population,
                   (select count(distinct e.inmate_id) from enrollment e join inmate i on i.id = e.inmate_id
                     where {inScope:e.facility_id} and e.status = 'ACTIVE' and i.status = 'ACTIVE') as participants,
                   (select count(*) from enrollment
                     where {inScope:facility_id} and status = 'COMPLETED' and ended_on between :yearStart and :today) as completions,
                   (select count(*) from enrollment
                     where {inScope:facility_id} and status = 'COMPLETED' and certificate_number is not null
                       and ended_on between :yearStart and :today) as certificates,
                   (select count(*) from program_session
                     where {inScope:facility_id} and status = 'HELD' and confirmed_at is null and session_date < :confirmBy) as unconfirmed,
                   (select count(*) from program_session
                     where {inScope:facility_id} and status = 'SCHEDULED' and session_date < :today) as missing,
                   (select count(*) from inmate i
                     where {inScope:i.facility_id} and """ + " " + AlertQueries.RELEASE_READINESS + ") as readiness";

    private final NamedParameterJdbcTemplate jdbc;
    private final Partners partners;

    DashboardQueries(NamedParameterJdbcTemplate jdbc, Partners partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    /** Every figure of the dashboard, the twelve months computed now. */
    @Transactional(readOnly = true)
    public DashboardFigures figures(LocalDate today) {
        return figures(today, months(today));
    }

    /** The twelve months of participation up to today (see {@link #MONTHS}); one statement. */
    public List<MonthRate> months(LocalDate today) {
        LocalDate firstMonth = today.withDayOfMonth(1).minusMonths(11);
        MapSqlParameterSource params = new MapSqlParameterSource("today", today).addValue("firstMonth", firstMonth)
                .addValue("firstDay", firstMonth.plusMonths(1).minusDays(1));
        return jdbc.query(Scope.current().scoped(MONTHS), params, (rs, i) -> new MonthRate(
                rs.getObject("month", LocalDate.class), new Rate(rs.getLong("population"), rs.getLong("participants"))));
    }

    /** The dashboard's other figures, beside twelve months computed before. */
    @Transactional(readOnly = true)
    public DashboardFigures figures(LocalDate today, List<MonthRate> months) {
        Scope scope = Scope.current();
        MapSqlParameterSource params = AlertQueries.params(today).addValue("yearStart", today.withDayOfYear(1));
        List<Object[]> counts = jdbc.query(scope.scoped(PARTICIPANTS), params,
                (rs, i) -> new Object[] {rs.getInt("by_kind") == 1, new Count(rs.getString("label"), rs.getLong("n"))});
        List<Count> byPartner = counts.stream().filter(c -> !(Boolean) c[0]).map(c -> (Count) c[1]).toList();
        List<Count> byKind = counts.stream().filter(c -> (Boolean) c[0]).map(c -> (Count) c[1]).toList();
        long expiring = partners.expiringAgreements(today, AlertQueries.AGREEMENT_DAYS).size();
        return jdbc.queryForObject(scope.scoped(NOW_YEAR_AND_ALERTS), params, (rs, i) -> new DashboardFigures(
                new Rate(rs.getLong("population"), rs.getLong("participants")), months, byPartner, byKind,
                rs.getLong("completions"), rs.getLong("certificates"),
                new Alerts(expiring, rs.getLong("unconfirmed"), rs.getLong("missing"), rs.getLong("readiness"))));
    }
}
