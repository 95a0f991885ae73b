-- Inmate CSV imports are kept in the database rather than in one instance's memory: any instance shows a job's
-- report and progress, the rows of a checked file wait here (not in the heap) until the user chooses to import
-- them, and each user may have only a few jobs pending (InmateImports.MAX_PENDING).
create table inmate_import (
    id            uuid primary key,
    owner         varchar(100) not null,
    file_name     varchar(255) not null,
    state         varchar(10)  not null check (state in ('READY', 'RUNNING', 'DONE', 'FAILED')),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    charset       varchar(20)  not null,
    delimiter     char(1)      not null,
    header        jsonb        not null,
    preview       jsonb        not null,
    problems      jsonb        not null,
    problem_count integer      not null,
    row_count     integer      not null,
    valid_count   integer      not null,
    processed     integer      not null default 0,
    created_count integer      not null default 0,
    updated_count integer      not null default 0
);

create index inmate_import_owner_state on inmate_import (owner, state);
create index inmate_import_updated_at on inmate_import (updated_at);

-- The valid rows of a checked file, in file order, until imported or discarded.
create table inmate_import_row (
    import_id             uuid         not null references inmate_import (id) on delete cascade,
    line                  integer      not null,
    registration_number   varchar(30)  not null,
    full_name             varchar(200) not null,
    nik                   varchar(16),
    birth_date            date,
    sex                   varchar(10)  not null,
    legal_status          varchar(20)  not null,
    education             varchar(20)  not null,
    cell_block            varchar(30)  not null,
    admission_date        date         not null,
    expected_release_date date,
    primary key (import_id, line)
);
