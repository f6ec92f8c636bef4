package id.satuatap.casework;

/** How a complaint reached the LTSA. */
public enum Channel {
    /** At an LTSA or MRC desk. */
    WALK_IN,
    HOTLINE,
    /** The mobile app, by the worker or a family member. */
    MOBILE_APP,
    /** From an embassy, BP2MI, a partner, or another capability of this system (a pre-departure red flag). */
    REFERRAL,
    /** Village outreach. */
    OUTREACH
}
