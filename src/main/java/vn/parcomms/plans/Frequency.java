package vn.parcomms.plans;

/** How often a recurring plan task comes round within the plan year. */
public enum Frequency {
    /** “Hằng tháng”, “01 lần/tháng”: twelve occurrences, each due the last day of its month. */
    MONTHLY,
    /** “Hằng quý”, “Định kỳ 01 lần/quý”: four occurrences due 31/03, 30/06, 30/09 and 31/12. */
    QUARTERLY,
    /** “6 tháng”, “06 tháng/lần”: two occurrences due 30/06 and 31/12. */
    SEMIANNUAL,
    /** “Hằng năm”, “Cả năm”: one occurrence due 31/12. */
    ANNUAL
}
