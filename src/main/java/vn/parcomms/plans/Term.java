package vn.parcomms.plans;

import java.time.Instant;

/**
 * An entry of a vocabulary (audiences, topics, channels, deliverable types).
 *
 * @param vocabulary which list
 * @param code stable code, never reused
 * @param labelVi Vietnamese label
 * @param labelEn English label
 * @param groupCode grouping, e.g. ONLINE / TRADITIONAL for channels
 * @param sortOrder position in the list
 * @param retiredAt when it was retired; retired entries stay readable in old plans
 */
public record Term(Vocabulary vocabulary, String code, String labelVi, String labelEn, String groupCode, int sortOrder,
        Instant retiredAt) {

    public boolean active() {
        return retiredAt == null;
    }

    /** The four lists plans are described with. */
    public enum Vocabulary { AUDIENCE, TOPIC, CHANNEL, DELIVERABLE }
}
