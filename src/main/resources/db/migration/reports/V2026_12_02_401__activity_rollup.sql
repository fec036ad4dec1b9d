-- The live roll-up's summary: accepted activities counted per body *and everything below it*, per
-- half-month, channel, deliverable type and topic and audience lists. Half-months (1st-14th and
-- 15th-end) are the finest grain both period conventions need: Decree 09 periods run from the 15th
-- to the 14th, calendar periods from the 1st to the last day. A roll-up of a level then reads a few
-- rows per body directly below it instead of every activity of its subtree (the analytics-table
-- approach of DHIS2), and stays exact because a trigger keeps it in the writer's transaction.
CREATE TABLE activity_rollup (
    organization_id  bigint      NOT NULL REFERENCES organization (id),
    bucket           date        NOT NULL,
    channel_code     varchar(40) NOT NULL,
    deliverable_code varchar(40) NOT NULL,
    topics           text[]      NOT NULL,
    audiences        text[]      NOT NULL,
    activities       bigint      NOT NULL,
    views            bigint      NOT NULL,
    listeners        bigint      NOT NULL,
    participants     bigint      NOT NULL,
    copies           bigint      NOT NULL,
    broadcasts       bigint      NOT NULL,
    duration_minutes bigint      NOT NULL,
    PRIMARY KEY (organization_id, bucket, channel_code, deliverable_code, topics, audiences)
);

-- The half-month a day falls in, named by its first day.
CREATE FUNCTION activity_rollup_bucket(d date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CAST(date_trunc('month', d) AS date) + CASE WHEN extract(day FROM d) >= 15 THEN 14 ELSE 0 END
$$;

-- Adds (sign 1) or removes (sign -1) one accepted activity at its body and every body above it
-- (the ids on its path, from the top down, so writers lock rows in the same order).
CREATE FUNCTION activity_rollup_apply(a activity, sign int) RETURNS void LANGUAGE sql AS $$
    INSERT INTO activity_rollup AS r (organization_id, bucket, channel_code, deliverable_code, topics, audiences, activities,
                                      views, listeners, participants, copies, broadcasts, duration_minutes)
    SELECT CAST(x.id AS bigint), activity_rollup_bucket(a.start_date), a.channel_code, coalesce(a.deliverable_code, ''),
           a.topics, a.audiences, sign, sign * coalesce(a.views, 0), sign * coalesce(a.listeners, 0),
           sign * coalesce(a.participants, 0), sign * coalesce(a.copies, 0), sign * coalesce(a.broadcasts, 0),
           sign * coalesce(a.duration_minutes, 0)
    FROM organization o, unnest(string_to_array(trim(BOTH '/' FROM o.path), '/')) WITH ORDINALITY AS x (id, depth)
    WHERE o.id = a.organization_id
    ORDER BY x.depth
    ON CONFLICT (organization_id, bucket, channel_code, deliverable_code, topics, audiences) DO UPDATE
    SET activities = r.activities + excluded.activities, views = r.views + excluded.views,
        listeners = r.listeners + excluded.listeners, participants = r.participants + excluded.participants,
        copies = r.copies + excluded.copies, broadcasts = r.broadcasts + excluded.broadcasts,
        duration_minutes = r.duration_minutes + excluded.duration_minutes
$$;

CREATE FUNCTION activity_rollup_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'ACCEPTED' THEN
        PERFORM activity_rollup_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'ACCEPTED' THEN
        PERFORM activity_rollup_apply(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

-- Updates that change neither the status nor anything counted (a version bump, a title, a note) skip it.
CREATE TRIGGER activity_rollup_insert_delete AFTER INSERT OR DELETE ON activity
    FOR EACH ROW EXECUTE FUNCTION activity_rollup_track();
CREATE TRIGGER activity_rollup_update AFTER UPDATE ON activity
    FOR EACH ROW WHEN ((OLD.status = 'ACCEPTED' OR NEW.status = 'ACCEPTED')
        AND (OLD.status, OLD.organization_id, OLD.start_date, OLD.channel_code, OLD.deliverable_code, OLD.topics,
             OLD.audiences, OLD.views, OLD.listeners, OLD.participants, OLD.copies, OLD.broadcasts, OLD.duration_minutes)
            IS DISTINCT FROM
            (NEW.status, NEW.organization_id, NEW.start_date, NEW.channel_code, NEW.deliverable_code, NEW.topics,
             NEW.audiences, NEW.views, NEW.listeners, NEW.participants, NEW.copies, NEW.broadcasts, NEW.duration_minutes))
    EXECUTE FUNCTION activity_rollup_track();

-- Recomputes the whole summary: after a bulk load written with the triggers disabled, or to check it.
CREATE FUNCTION activity_rollup_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    written bigint;
BEGIN
    LOCK TABLE activity_rollup IN EXCLUSIVE MODE;
    DELETE FROM activity_rollup;
    INSERT INTO activity_rollup (organization_id, bucket, channel_code, deliverable_code, topics, audiences, activities,
                                 views, listeners, participants, copies, broadcasts, duration_minutes)
    SELECT CAST(x.id AS bigint), activity_rollup_bucket(a.start_date), a.channel_code, coalesce(a.deliverable_code, ''),
           a.topics, a.audiences, count(*), coalesce(sum(a.views), 0), coalesce(sum(a.listeners), 0),
           coalesce(sum(a.participants), 0), coalesce(sum(a.copies), 0), coalesce(sum(a.broadcasts), 0),
           coalesce(sum(a.duration_minutes), 0)
    FROM activity a JOIN organization o ON o.id = a.organization_id,
         unnest(string_to_array(trim(BOTH '/' FROM o.path), '/')) AS x (id)
    WHERE a.status = 'ACCEPTED'
    GROUP BY 1, 2, 3, 4, 5, 6;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;

SELECT activity_rollup_rebuild();
