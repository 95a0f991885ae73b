-- DESIGN.md rule 1: staff may put a named waiting inmate ahead of the queue, with a written reason.
alter table enrollment add column put_first_at timestamptz;
alter table enrollment add column put_first_reason varchar(500);
alter table enrollment add constraint enrollment_put_first_reasoned
    check ((put_first_at is null) = (put_first_reason is null));

-- An enrollment's history in words rather than codes (DESIGN.md rule 7): what happened, the end reason or the
-- outcome, and what a person wrote, each in its own column instead of one free-text reason.
alter table enrollment_event add column step varchar(20);
alter table enrollment_event add column end_reason varchar(20)
    check (end_reason in ('COMPLETED', 'RELEASED', 'TRANSFERRED', 'OWN_REQUEST', 'DISCIPLINARY', 'HEALTH', 'OTHER'));
alter table enrollment_event add column outcome varchar(20)
    check (outcome in ('KOMPETEN', 'BELUM_KOMPETEN', 'LULUS', 'TIDAK_LULUS'));
alter table enrollment_event add column note varchar(1100);

update enrollment_event set step = 'PROMOTED' where reason = 'promoted';
update enrollment_event
   set step = 'REQUESTED',
       note = case when reason like 'override: %' then nullif(substr(reason, length('override: ') + 1), '') end
 where from_status is null and step is null;
update enrollment_event set step = 'COMPLETED', outcome = reason
 where to_status = 'COMPLETED' and reason in ('KOMPETEN', 'BELUM_KOMPETEN', 'LULUS', 'TIDAK_LULUS');
update enrollment_event set step = case when reason in ('RELEASED', 'TRANSFERRED') then 'DEPARTED' else 'WITHDRAWN' end,
       end_reason = reason
 where to_status = 'WITHDRAWN' and reason in ('RELEASED', 'TRANSFERRED', 'OWN_REQUEST', 'DISCIPLINARY', 'HEALTH', 'OTHER');
update enrollment_event set step = 'WITHDRAWN', note = reason where step is null;

alter table enrollment_event alter column step set not null;
alter table enrollment_event add constraint enrollment_event_step
    check (step in ('REQUESTED', 'PROMOTED', 'PUT_FIRST', 'WITHDRAWN', 'DEPARTED', 'COMPLETED'));
alter table enrollment_event drop column reason;
