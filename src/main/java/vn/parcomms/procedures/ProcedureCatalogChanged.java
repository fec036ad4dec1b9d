package vn.parcomms.procedures;

/** Something in a catalog changed: search indexes reload once the change is committed. */
public record ProcedureCatalogChanged(long provinceId) {
}
