package vn.parcomms.plans;

/** How often a recurring task is due. */
public enum Frequency {
    MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL
}
