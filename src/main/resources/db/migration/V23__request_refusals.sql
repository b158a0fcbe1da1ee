-- A request refused at the desk (GDPR Art. 12(4)-(5)): why, by whom, when, and for "manifestly
-- unfounded or excessive" the subject's earlier requests it was judged against (ids, comma-separated).
-- The reasons are free text about the person: they go with the profile (or the account), the rest stays.
create table request_refusal (
  request_id           varchar(36) primary key,
  reason_kind          varchar(40) not null,
  reasons              varchar(2000),
  earlier_request_ids  varchar(4000),
  refused_by           varchar(80) not null,
  refused_at           timestamp with time zone not null
);
