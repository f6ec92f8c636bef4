-- The coordination report (report.CoordinationQueries) counts desk reminders and escalations of a period from the
-- pre-departure timeline; without this it reads every timeline entry of every application.
create index ix_pd_timeline_event on pd_timeline_entry (event, at);
