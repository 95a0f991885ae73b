-- DESIGN.md rule 2: a program's audience (ALL / MALE / FEMALE), a warning that staff may override with a reason.
alter table program add column audience varchar(10) not null default 'ALL'
    check (audience in ('ALL', 'MALE', 'FEMALE'));

-- DESIGN.md rule 5: every program owns its completion threshold (default 80 %), classes as well as trainings.
update program set completion_threshold_percent = 80 where completion_threshold_percent is null;
alter table program alter column completion_threshold_percent set default 80;
alter table program alter column completion_threshold_percent set not null;
