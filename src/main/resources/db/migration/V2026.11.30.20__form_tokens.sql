-- One-time tokens of create forms (FormTokens): each form carries a random token; the first post that uses it
-- records here, in the same transaction as the record it creates, where that record is. A second post with the
-- same token (a double click, a resubmitted page) creates nothing and is sent to that record instead.
-- Kept two days, then swept.
create table form_token (
    username   varchar(100) not null,
    token      uuid         not null,
    location   varchar(300),
    created_at timestamptz  not null default now(),
    primary key (username, token)
);

create index form_token_created_at on form_token (created_at);
