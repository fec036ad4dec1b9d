package vn.parcomms.organizations;

import java.time.LocalDate;

import vn.parcomms.access.ScopedResource;

/**
 * An organization as the rest of the platform sees it.
 *
 * @param id internal id
 * @param code official code (e.g. {@code 24631}) or one chosen by an administrator
 * @param name official name, e.g. "Xã Quảng Khê"
 * @param shortName short name, e.g. "Quảng Khê"
 * @param nameEn English name
 * @param kind what it is
 * @param unitType the official unit type for territorial units ("Xã", "Phường", "Đặc khu"…)
 * @param parentId parent organization, {@code null} for provinces
 * @param parentName the parent's name, for display
 * @param path materialized path {@code /1/57/}
 * @param depth 0 for provinces
 * @param validFrom first day of validity
 * @param validTo first day it is no longer valid, {@code null} while open
 * @param childCount organizations directly under it (valid on the day asked)
 * @param version optimistic-lock version
 */
public record Organization(long id, String code, String name, String shortName, String nameEn, OrganizationKind kind,
        String unitType, Long parentId, String parentName, String path, int depth, LocalDate validFrom,
        LocalDate validTo, int childCount, int version) implements ScopedResource {

    @Override
    public String scopePath() {
        return path;
    }

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
