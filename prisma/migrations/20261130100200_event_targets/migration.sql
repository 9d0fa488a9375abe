-- Targeting for events and missions (issue #11), as for products and limited packages: an
-- optional list of segments (empty = everyone). GET /api/events shows a player only events that
-- target their segment, and joining another answers 403 not_targeted.
ALTER TABLE "engagement_events" ADD COLUMN "segments" TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE "engagement_events" ADD CONSTRAINT "engagement_events_segments_known" CHECK ("segments" <@ ARRAY['Whale', 'High', 'Medium', 'Low', 'Dormant']::TEXT[]);
