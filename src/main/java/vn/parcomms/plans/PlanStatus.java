package vn.parcomms.plans;

/** DRAFT → ISSUED → CLOSED; an issued plan changes only through amendments. */
public enum PlanStatus {
    DRAFT, ISSUED, CLOSED
}
