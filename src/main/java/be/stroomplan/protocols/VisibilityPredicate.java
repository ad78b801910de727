package be.stroomplan.protocols;

import java.util.Set;

/**
 * The partial evaluation of the read rules for one user and one compartment: the parameters of
 * the one SQL query that lists what the user may read there. An item of the compartment is
 * visible when {@code member} and ({@code jointFile} or it is owned by {@code organisation}); an
 * item disclosed into the compartment to {@code organisation} is visible when the disclosure is
 * not revoked and its {@link #grantKey grant key} is in {@code grants}; either way only when its
 * classification's rank is at most {@code clearanceRank}. Nothing is visible without
 * {@code member} and {@code contentRole}.
 *
 * @param compartment the compartment id
 * @param member whether the user is a member of the compartment
 * @param jointFile whether the compartment is a KALI dossier
 * @param contentRole whether the user holds a role that reads content
 * @param organisation the user's organisation
 * @param clearanceRank the ordinal of the highest classification the user's clearance allows today
 * @param grants the keys "protocolId|CATEGORY|PURPOSE" of the disclosures to the user's organisation
 *        whose protocol still covers them today
 */
public record VisibilityPredicate(String compartment, boolean member, boolean jointFile, boolean contentRole,
                                  String organisation, int clearanceRank, Set<String> grants) {

    public VisibilityPredicate {
        grants = Set.copyOf(grants);
    }

    /** Whether the user may see anything at all in the compartment. */
    public boolean seesAnything() {
        return member && contentRole;
    }

    public static String grantKey(String protocolId, String category, String purpose) {
        return protocolId + "|" + category + "|" + purpose;
    }
}
