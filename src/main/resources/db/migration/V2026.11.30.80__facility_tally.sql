-- The regional and national overviews' figures per facility, kept exact in the transaction of every change:
-- population (inmates here), participants (of them, those in at least one program now), programs running, and
-- per year the completions and certificates. Counting them from the records on each request reads a nation's
-- inmates and enrollments (about a second at 530 facilities); the tally is read in milliseconds.
--
-- The table holds changes, not totals: each change of an inmate, enrollment or program appends one row with its
-- differences, so that writers never wait for each other on a facility's counter row; the figures are the sums.
-- binaan_compact_facility_tally() folds the rows into one per facility and year (the application runs it every few
-- minutes); binaan_recount_facility_tally() counts everything afresh from the records (here, and after bulk loads
-- that bypass triggers).
create table facility_tally (
    facility_id      bigint not null references facility (id),
    -- the year of the completions and certificates; 0 on rows that count no completions
    year             int    not null default 0,
    population       int    not null default 0,
    participants     int    not null default 0,
    programs_running int    not null default 0,
    completions      int    not null default 0,
    certificates     int    not null default 0
);
create index facility_tally_facility on facility_tally (facility_id, year);

-- Readable within the scope like every facility-owned table; written only by the functions below, which run as
-- the owner (the application's role has no policy to insert, change or delete rows).
alter table facility_tally enable row level security;
create policy facility_read on facility_tally for select using
    ((select binaan_reads_all()) or facility_id = any ((select binaan_read_facilities())::bigint[]));

create function binaan_recount_facility_tally() returns void
    language plpgsql security definer as
$$
begin
    lock table facility_tally in exclusive mode;
    delete from facility_tally;
    insert into facility_tally (facility_id, population, participants, programs_running)
    select f.id,
           (select count(*) from inmate i where i.facility_id = f.id and i.status = 'ACTIVE'),
           (select count(*) from inmate i where i.facility_id = f.id and i.status = 'ACTIVE'
               and exists (select 1 from enrollment e where e.inmate_id = i.id and e.status = 'ACTIVE')),
           (select count(*) from program p where p.facility_id = f.id and p.status = 'RUNNING')
      from facility f;
    insert into facility_tally (facility_id, year, completions, certificates)
    select facility_id, extract(year from ended_on)::int, count(*), count(certificate_number)
      from enrollment
     where status = 'COMPLETED' and ended_on is not null
     group by facility_id, extract(year from ended_on)::int;
end
$$;

create function binaan_compact_facility_tally() returns void
    language sql security definer as
$$
with folded as (delete from facility_tally returning *)
insert into facility_tally (facility_id, year, population, participants, programs_running, completions, certificates)
select facility_id, year, sum(population), sum(participants), sum(programs_running), sum(completions), sum(certificates)
  from folded
 group by facility_id, year
$$;

-- Inmates: the population, and the participants whose inmate record arrives, leaves or changes status.
create function binaan_tally_inmate() returns trigger
    language plpgsql security definer as
$$
declare
    in_program boolean;
begin
    if tg_op = 'UPDATE' and old.status = new.status and old.facility_id = new.facility_id then
        return null;
    end if;
    in_program := exists (select 1 from enrollment e
                           where e.inmate_id = coalesce(new.id, old.id) and e.status = 'ACTIVE');
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'ACTIVE' then
        insert into facility_tally (facility_id, population, participants)
        values (old.facility_id, -1, case when in_program then -1 else 0 end);
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.status = 'ACTIVE' then
        insert into facility_tally (facility_id, population, participants)
        values (new.facility_id, 1, case when in_program then 1 else 0 end);
    end if;
    return null;
end
$$;
create trigger inmate_tally after insert or update or delete on inmate
    for each row execute function binaan_tally_inmate();

-- Enrollments: completions and certificates by the year they ended, and the participants when an enrollment
-- becomes or stops being active. The inmate's row is locked first, so that two enrollments of one person changing
-- at the same moment count the person once.
create function binaan_tally_enrollment() returns trigger
    language plpgsql security definer as
$$
declare
    was_active boolean := tg_op <> 'INSERT' and old.status = 'ACTIVE';
    is_active boolean := tg_op <> 'DELETE' and new.status = 'ACTIVE';
    was_done boolean := tg_op <> 'INSERT' and old.status = 'COMPLETED' and old.ended_on is not null;
    is_done boolean := tg_op <> 'DELETE' and new.status = 'COMPLETED' and new.ended_on is not null;
    person bigint := coalesce(new.inmate_id, old.inmate_id);
    here bigint := coalesce(new.facility_id, old.facility_id);
    inmate_active boolean;
    others boolean;
begin
    if was_done and not (is_done and old.ended_on = new.ended_on and old.facility_id = new.facility_id
                         and (old.certificate_number is null) = (new.certificate_number is null)) then
        insert into facility_tally (facility_id, year, completions, certificates)
        values (old.facility_id, extract(year from old.ended_on)::int, -1,
                case when old.certificate_number is null then 0 else -1 end);
    end if;
    if is_done and not (was_done and old.ended_on = new.ended_on and old.facility_id = new.facility_id
                        and (old.certificate_number is null) = (new.certificate_number is null)) then
        insert into facility_tally (facility_id, year, completions, certificates)
        values (new.facility_id, extract(year from new.ended_on)::int, 1,
                case when new.certificate_number is null then 0 else 1 end);
    end if;
    if was_active <> is_active then
        select i.status = 'ACTIVE' into inmate_active from inmate i where i.id = person for no key update;
        if inmate_active then
            others := exists (select 1 from enrollment e
                               where e.inmate_id = person and e.status = 'ACTIVE' and e.id <> coalesce(new.id, old.id));
            if not others then
                insert into facility_tally (facility_id, participants)
                values (here, case when is_active then 1 else -1 end);
            end if;
        end if;
    end if;
    return null;
end
$$;
create trigger enrollment_tally after insert or update or delete on enrollment
    for each row execute function binaan_tally_enrollment();

-- Programs: those running.
create function binaan_tally_program() returns trigger
    language plpgsql security definer as
$$
begin
    if tg_op = 'UPDATE' and old.status = new.status and old.facility_id = new.facility_id then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'RUNNING' then
        insert into facility_tally (facility_id, programs_running) values (old.facility_id, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.status = 'RUNNING' then
        insert into facility_tally (facility_id, programs_running) values (new.facility_id, 1);
    end if;
    return null;
end
$$;
create trigger program_tally after insert or update or delete on program
    for each row execute function binaan_tally_program();

select binaan_recount_facility_tally();
