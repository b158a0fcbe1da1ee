-- An erasure's notices to partners become notices of any change (GDPR Art. 19): erasure,
-- restricted, restriction lifted, rectified. One request may send two kinds to one link
-- (a restriction, then its lifting); a change leaves the link active, so no revocation time.
alter table erasure_notice rename to notice_to_partner;
alter table notice_to_partner add column kind varchar(20) default 'ERASURE' not null;
alter table notice_to_partner alter column revoked_at drop not null;
alter table notice_to_partner drop constraint erasure_notice_once;
alter table notice_to_partner add constraint notice_to_partner_once unique (request_id, grant_id, kind);
