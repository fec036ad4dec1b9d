package vn.parcomms.access;

/** Anything owned by an organization, so that grants can be checked against it. */
public interface ScopedResource {

    /** Materialized path of the owning organization, e.g. {@code /12/345/}. */
    String scopePath();

    /** A bare organization scope, for actions whose target is the organization itself. */
    static ScopedResource of(String path) {
        return new OrganizationScope(path);
    }

    record OrganizationScope(String scopePath) implements ScopedResource {
    }
}
