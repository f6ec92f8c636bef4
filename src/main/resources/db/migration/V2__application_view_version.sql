-- Moved in the transaction of every change to what an application's status view shows, so each node can serve
-- a cached view while the version it was made from is still the current one (predeparture.ApplicationViewVersions).
alter table pd_application add column view_version bigint default 0 not null;
create index ix_pd_application_process on pd_application (process_instance_id);
