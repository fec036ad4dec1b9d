package vn.parcomms.access;

/** Supplies the actor of the current request; implemented by the accounts module. */
public interface CurrentActor {

    Actor get();
}
