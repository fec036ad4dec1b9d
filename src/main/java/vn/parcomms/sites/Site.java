package vn.parcomms.sites;

import vn.parcomms.access.ScopedResource;

/** A body's public CCHC site. */
public record Site(long id, long organizationId, String organizationName, String organizationPath, String slug, String name,
        String tagline, String hotline, String email, String address, String regulation, boolean enabled, int version)
        implements ScopedResource {

    @Override
    public String scopePath() {
        return organizationPath;
    }
}
