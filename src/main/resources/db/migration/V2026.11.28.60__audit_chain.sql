-- Tamper evidence for the audit log: every event carries the SHA-256 of the previous event's hash and
-- its own fields, so changing or removing an event breaks the chain from that event on. Appends are
-- serialised with a transaction-level advisory lock, and the id is taken under that lock, so the chain
-- order is the id order even when transactions append at the same time.

alter table audit_event add column hash char(64);

create function audit_event_digest(previous text, occurred_at timestamptz, actor text, action text,
                                   target_type text, target_id text, details text) returns text
    language sql immutable as
$$
select encode(sha256(convert_to(
        coalesce(previous, '') || '|' ||
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' ||
        coalesce(length(actor) || ':' || actor, '-') || '|' ||
        coalesce(length(action) || ':' || action, '-') || '|' ||
        coalesce(length(target_type) || ':' || target_type, '-') || '|' ||
        coalesce(length(target_id) || ':' || target_id, '-') || '|' ||
        coalesce(length(details) || ':' || details, '-'), 'UTF8')), 'hex')
$$;

-- events recorded before this migration join the chain in id order
do
$$
    declare
        event    record;
        previous text;
    begin
        for event in select * from audit_event order by id
            loop
                previous := audit_event_digest(previous, event.occurred_at, event.actor, event.action,
                                               event.target_type, event.target_id, event.details);
                update audit_event set hash = previous where id = event.id;
            end loop;
    end
$$;

alter table audit_event alter column hash set not null;

create function audit_event_chain() returns trigger
    language plpgsql as
$$
declare
    previous text;
begin
    perform pg_advisory_xact_lock(7362001);
    new.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
    select hash into previous from audit_event order by id desc limit 1;
    new.hash := audit_event_digest(previous, new.occurred_at, new.actor, new.action,
                                   new.target_type, new.target_id, new.details);
    return new;
end
$$;

create trigger audit_event_chain
    before insert on audit_event
    for each row execute function audit_event_chain();

create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
