package be.stroomplan.sharing;

/** How a compartment membership is held: by one user (user name), a team (team code) or an organisation (code). */
public enum MemberType {
    USER,
    TEAM,
    ORGANISATION
}
