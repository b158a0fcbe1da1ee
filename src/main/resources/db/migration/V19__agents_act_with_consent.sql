-- What an agent filing for a subject records: the ticket and how the subject's identity was checked.
alter table data_request add column ticket varchar(100);
alter table data_request add column identity_check varchar(60);
alter table data_request add column identity_note varchar(500);
