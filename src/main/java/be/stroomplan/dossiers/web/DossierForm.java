package be.stroomplan.dossiers.web;

import java.util.Arrays;
import java.util.List;

import be.stroomplan.dossiers.DossierDraft;

/** The create-dossier form; PV numbers one per line, members separated by commas. */
public class DossierForm {

    private String noticeNumber;
    private String title;
    private String magistrate = "magistraat";
    private String leadInvestigator;
    private String judge;
    private String officialReports;
    private boolean embargo;
    private boolean restricted;
    private String members;

    DossierDraft draft() {
        return new DossierDraft(noticeNumber, title, magistrate, leadInvestigator, judge, split(officialReports, "[\\r\\n]+"),
                embargo, split(members, "[,;\\s]+"), restricted);
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.strip().split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The form field a problem of the draft belongs to. */
    static String field(String draftField) {
        if (draftField.startsWith("officialReports")) {
            return "officialReports";
        }
        return draftField.startsWith("members") ? "members" : draftField;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public void setNoticeNumber(String noticeNumber) {
        this.noticeNumber = noticeNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMagistrate() {
        return magistrate;
    }

    public void setMagistrate(String magistrate) {
        this.magistrate = magistrate;
    }

    public String getLeadInvestigator() {
        return leadInvestigator;
    }

    public void setLeadInvestigator(String leadInvestigator) {
        this.leadInvestigator = leadInvestigator;
    }

    public String getJudge() {
        return judge;
    }

    public void setJudge(String judge) {
        this.judge = judge;
    }

    public String getOfficialReports() {
        return officialReports;
    }

    public void setOfficialReports(String officialReports) {
        this.officialReports = officialReports;
    }

    public boolean isEmbargo() {
        return embargo;
    }

    public void setEmbargo(boolean embargo) {
        this.embargo = embargo;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }
}
