-- How an agent handled a request the desk was warned of near its due date (the desk's
-- "due soon" task of bpmn/request-receipt.bpmn): who, when, and a note in their words. Free
-- text, so it lives here, out of the engine, and goes when the profile or account is erased.
create table due_soon_note (
  request_id    varchar(36) primary key,
  request_type  varchar(40) not null,
  account_id    varchar(36) not null,
  profile_id    varchar(36),
  handled_by    varchar(80) not null,
  note          varchar(2000) not null,
  handled_at    timestamp with time zone not null
);
create index due_soon_note_account on due_soon_note (account_id);
create index due_soon_note_profile on due_soon_note (profile_id);
