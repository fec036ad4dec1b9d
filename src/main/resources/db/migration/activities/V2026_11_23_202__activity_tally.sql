-- Counts of the activities serving each occurrence, by deliverable type, kept by the application in
-- the same transaction as every change of an activity. Progress views read these few rows instead
-- of aggregating every activity of a province on each request.
CREATE TABLE activity_tally (
    occurrence_id     bigint      NOT NULL REFERENCES task_occurrence (id) ON DELETE CASCADE,
    deliverable_code  varchar(40) NOT NULL DEFAULT '',
    accepted          int         NOT NULL,
    pending           int         NOT NULL,
    last_accepted_end date,
    PRIMARY KEY (occurrence_id, deliverable_code)
);

-- Recomputes the tallies of the given occurrences. Writers of one occurrence take its advisory lock
-- (in id order, so two writers never deadlock), then read with a fresh snapshot: a concurrent
-- change is either already committed and counted, or recounts after this one commits.
CREATE FUNCTION activity_tally_refresh(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    occurrence bigint;
BEGIN
    FOR occurrence IN SELECT DISTINCT u FROM unnest(ids) AS u WHERE u IS NOT NULL ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(44010, (occurrence % 2147483647)::int);
    END LOOP;
    DELETE FROM activity_tally WHERE occurrence_id = ANY (ids);
    INSERT INTO activity_tally (occurrence_id, deliverable_code, accepted, pending, last_accepted_end)
    SELECT occurrence_id, coalesce(deliverable_code, ''),
           count(*) FILTER (WHERE status = 'ACCEPTED'),
           count(*) FILTER (WHERE status IN ('RECORDED', 'RETURNED')),
           max(end_date) FILTER (WHERE status = 'ACCEPTED')
    FROM activity
    WHERE occurrence_id = ANY (ids) AND status <> 'SUPERSEDED'
    GROUP BY occurrence_id, coalesce(deliverable_code, '');
END
$$;

-- Recomputes every tally: after a bulk load outside the application, or to check the counts.
CREATE FUNCTION activity_tally_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    written bigint;
BEGIN
    LOCK TABLE activity_tally IN EXCLUSIVE MODE;
    DELETE FROM activity_tally;
    INSERT INTO activity_tally (occurrence_id, deliverable_code, accepted, pending, last_accepted_end)
    SELECT occurrence_id, coalesce(deliverable_code, ''),
           count(*) FILTER (WHERE status = 'ACCEPTED'),
           count(*) FILTER (WHERE status IN ('RECORDED', 'RETURNED')),
           max(end_date) FILTER (WHERE status = 'ACCEPTED')
    FROM activity
    WHERE occurrence_id IS NOT NULL AND status <> 'SUPERSEDED'
    GROUP BY occurrence_id, coalesce(deliverable_code, '');
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;

SELECT activity_tally_rebuild();
