"""Stable codes used in the input facts and in the assessment.

The engine never produces user-facing text: every outcome is one of these
codes, and the ``prompts/`` layer turns them into Japanese or English.  The
string values are part of the contract (they are stored and translated), so a
value must never be renamed once released; add new members instead.
"""

from __future__ import annotations

from enum import StrEnum

from domain.tri import Tri as Tri  # re-exported: the one Tri of the domain


class Role(StrEnum):
    """Position of the company towards the leaked data (法26条1項ただし書, 規則9条).

    ``PRINCIPAL`` (委託元) handles the data for itself; ``CONTRACTOR`` (委託先)
    handles it on behalf of a principal; ``BOTH`` holds the leaked data partly
    as its own and partly on behalf of a principal (or is a contractor that
    itself sub-contracted).  ``UNKNOWN`` is treated as principal (no release)
    until it is answered.
    """

    PRINCIPAL = "principal"
    CONTRACTOR = "contractor"
    BOTH = "both"
    UNKNOWN = "unknown"


class Sector(StrEnum):
    """Business sector; sector rules may add duties on top of APPI Art. 26."""

    GENERAL = "general"
    FINANCIAL = "financial"
    MEDICAL = "medical"
    TELECOM = "telecom"
    OTHER = "other"
    UNKNOWN = "unknown"


class GdprRisk(StrEnum):
    """Risk to the rights and freedoms of natural persons (GDPR Art. 33(1), 34(1))."""

    NONE_OR_LOW = "none_or_low"
    RISK = "risk"
    HIGH = "high"
    UNKNOWN = "unknown"


class AttackSign(StrEnum):
    """Signs of a cyber attack that the PPC general guideline lists as cases that may be a leak
    "caused by an act with an improper purpose" (施行規則7条3号): ガイドライン通則編 3-5-3-1, note
    (※4) "サイバー攻撃の事案について、「漏えい」が発生したおそれがある事態に該当し得る事例", in the
    guideline's own order (text read from the PPC's published guideline, version in force since
    2024-04-01):

    * (ア) ``A_EXFILTRATION_TRACES`` – on a server holding personal data (including personal
      information to be entered into a database), or a terminal with access rights to it, traces
      that data was stolen through unauthorised access from outside.
    * (イ) ``I_INFOSTEALER_MALWARE`` – on such a server or terminal, infection by malware known to
      behave so as to steal information.
    * (ウ) ``U_C2_COMMUNICATION`` – communication with an IP address / FQDN known to be used by a
      server that sends commands to and controls infected computers (a C&C server).
    * (エ) ``E_INPUT_PAGE_TAMPERING`` – on a server storing the files of a web page through which
      personal information is acquired (or a terminal with access rights to it), traces that
      unauthorised access altered those files so as to steal what is entered on the page.
    * (オ) ``O_THIRD_PARTY_REPORT`` – a report, on some concrete basis, of a possible leak from a
      third party that detects abuse (a public body, a security service provider, an expert, …).

    PPC Q&A 6-14: the signs are *examples*; a sign alone is not automatically a possible leak (e.g.
    malware whose execution was blocked).  The engine therefore counts a sign as a possibility
    (おそれ) of category 3 only while ``improper_purpose`` is unanswered, and always attaches
    ``Caveat.ATTACK_SIGNS_ARE_EXAMPLES``.  The values ``a i u e o`` are stable codes.
    """

    A_EXFILTRATION_TRACES = "a"
    I_INFOSTEALER_MALWARE = "i"
    U_C2_COMMUNICATION = "u"
    E_INPUT_PAGE_TAMPERING = "e"
    O_THIRD_PARTY_REPORT = "o"


class Requirement(StrEnum):
    """How strongly a duty applies."""

    REQUIRED = "required"
    POSSIBLY_REQUIRED = "possibly_required"
    NOT_REQUIRED = "not_required"
    NOT_APPLICABLE = "not_applicable"


#: The levels at which a duty must be acted on: an unknown that could make it reportable counts as a duty.
DUTY_LEVELS: tuple[Requirement, ...] = (Requirement.REQUIRED, Requirement.POSSIBLY_REQUIRED)


class Applicability(StrEnum):
    APPLICABLE = "applicable"
    POSSIBLY_APPLICABLE = "possibly_applicable"
    NOT_APPLICABLE = "not_applicable"


class Jurisdiction(StrEnum):
    """The codes of the built-in jurisdictions (``domain.legal.jurisdictions`` registers them; a
    new jurisdiction module brings its own code string and needs no member here)."""

    APPI = "appi"
    MYNUMBER = "mynumber"
    GDPR = "gdpr"


class Fact(StrEnum):
    """Names of the input facts (values are the ``Facts`` field names)."""

    AWARE_AT = "aware_at"
    SENSITIVE_DATA = "sensitive_data"
    FINANCIAL_HARM = "financial_harm"
    IMPROPER_PURPOSE = "improper_purpose"
    ATTACK_SIGNS = "attack_signs"
    PEOPLE_COUNT = "people_count"
    COUNT_IS_MAXIMUM_ESTIMATE = "count_is_maximum_estimate"
    STRONG_ENCRYPTION = "strong_encryption"
    KEY_LEAKED = "key_leaked"
    ACQUISITION_ONLY = "acquisition_only"
    ROLE = "role"
    PRINCIPAL_NOTIFIED_AT = "principal_notified_at"
    SECTOR = "sector"
    PSEUDONYMISED = "pseudonymised"
    MY_NUMBER_INVOLVED = "my_number_involved"
    MY_NUMBER_SYSTEM = "my_number_system"
    MY_NUMBER_PUBLICLY_VIEWABLE = "my_number_publicly_viewable"
    MY_NUMBER_PEOPLE_COUNT = "my_number_people_count"
    EU_RESIDENTS_AFFECTED = "eu_residents_affected"
    EU_ESTABLISHMENT = "eu_establishment"
    GDPR_RISK = "gdpr_risk"
    GDPR_MITIGATED_OR_ENCRYPTED = "gdpr_mitigated_or_encrypted"


#: An open question names the fact that is still unknown; ``Unknown`` is the
#: same enumeration as ``Fact`` under the name that reads best there
#: (``OpenQuestion(unknown=Unknown.PEOPLE_COUNT, ...)``).
Unknown = Fact


class Answer(StrEnum):
    """The answer to an unknown fact that would change the assessment."""

    YES = "yes"
    NO = "no"
    OVER_THRESHOLD = "over_threshold"  # people count above 1,000
    AT_MOST_THRESHOLD = "at_most_threshold"  # people count 1,000 or fewer
    PRINCIPAL = "principal"
    CONTRACTOR = "contractor"
    BOTH = "both"
    GENERAL = "general"
    FINANCIAL = "financial"
    NONE_OR_LOW = "none_or_low"
    RISK = "risk"
    HIGH = "high"


class Reason(StrEnum):
    """Why a requirement level was reached.  ``Reason.X.source`` names the rule."""

    # APPI 規則7条 — the four reportable categories.
    CATEGORY_1_SENSITIVE_DATA = "category_1_sensitive_data"
    CATEGORY_2_FINANCIAL_HARM = "category_2_financial_harm"
    CATEGORY_3_IMPROPER_PURPOSE = "category_3_improper_purpose"
    CATEGORY_3_DATA_BEING_ACQUIRED = "category_3_data_being_acquired"
    CATEGORY_4_OVER_1000_PEOPLE = "category_4_over_1000_people"
    # APPI — nothing applies / possibly applies / exceptions.
    NO_CATEGORY_APPLIES = "no_category_applies"
    UNKNOWN_MAY_MAKE_REPORTABLE = "unknown_may_make_reportable"
    STRONG_ENCRYPTION_EXCEPTION = "strong_encryption_exception"
    ENCRYPTION_KEY_LEAKED = "encryption_key_leaked"
    ACQUISITION_NOT_COVERED = "acquisition_not_covered"
    ACQUISITION_ONLY_NOT_PERSONAL_DATA = "acquisition_only_not_personal_data"
    INDIVIDUAL_NOTICE_FOLLOWS_REPORT = "individual_notice_follows_report"
    PSEUDONYMISED_INFORMATION = "pseudonymised_information"
    REPORTING_NOT_YET_MANDATORY = "reporting_not_yet_mandatory"
    # APPI — contractor (委託先) release, 規則9条.
    CONTRACTOR_RELEASED = "contractor_released"
    CONTRACTOR_NOTICE_LATE = "contractor_notice_late"
    # Sector rules.
    SECTOR_FINANCIAL_SUPERVISOR = "sector_financial_supervisor"
    SECTOR_UNKNOWN = "sector_unknown"
    # My Number Act (番号法29条の4; 特定個人情報の漏えい等に関する報告等に関する規則2条).
    MYNUMBER_SITUATION_1_SYSTEMS = "mynumber_situation_1_systems"
    MYNUMBER_SITUATION_2_IMPROPER_PURPOSE = "mynumber_situation_2_improper_purpose"
    MYNUMBER_SITUATION_3_PUBLICLY_VIEWABLE = "mynumber_situation_3_publicly_viewable"
    MYNUMBER_SITUATION_4_OVER_100_PEOPLE = "mynumber_situation_4_over_100_people"
    MYNUMBER_NO_SITUATION_APPLIES = "mynumber_no_situation_applies"
    MYNUMBER_UNKNOWN_MAY_MAKE_REPORTABLE = "mynumber_unknown_may_make_reportable"
    MYNUMBER_NOT_INVOLVED = "mynumber_not_involved"
    MYNUMBER_POSSIBLY_INVOLVED = "mynumber_possibly_involved"
    MYNUMBER_RULES_BEFORE_2022_NOT_ENCODED = "mynumber_rules_before_2022_not_encoded"
    MYNUMBER_CONTRACTOR_RELEASED = "mynumber_contractor_released"
    MYNUMBER_NOTICE_FOLLOWS_REPORT = "mynumber_notice_follows_report"
    # GDPR.
    GDPR_RISK_TO_RIGHTS = "gdpr_risk_to_rights"
    GDPR_UNLIKELY_TO_RESULT_IN_RISK = "gdpr_unlikely_to_result_in_risk"
    GDPR_RISK_UNKNOWN = "gdpr_risk_unknown"
    GDPR_RISK_NOT_YET_ASSESSED = "gdpr_risk_not_yet_assessed"
    GDPR_HIGH_RISK = "gdpr_high_risk"
    GDPR_RISK_NOT_HIGH = "gdpr_risk_not_high"
    GDPR_ENCRYPTED_OR_MITIGATED = "gdpr_encrypted_or_mitigated"
    GDPR_NOT_APPLICABLE = "gdpr_not_applicable"
    GDPR_POSSIBLY_APPLICABLE = "gdpr_possibly_applicable"

    @property
    def source(self) -> str:
        """The legal source of this reason (article, rule or guideline)."""
        return _REASON_SOURCES[self]

    @property
    def category(self) -> int | None:
        """Category number 1–4 of 規則7条, or ``None``."""
        return _REASON_CATEGORY.get(self)


_REASON_SOURCES: dict[Reason, str] = {
    Reason.CATEGORY_1_SENSITIVE_DATA: "個人情報保護法26条1項, 施行規則7条1号",
    Reason.CATEGORY_2_FINANCIAL_HARM: "個人情報保護法26条1項, 施行規則7条2号",
    Reason.CATEGORY_3_IMPROPER_PURPOSE: "個人情報保護法26条1項, 施行規則7条3号",
    Reason.CATEGORY_3_DATA_BEING_ACQUIRED: "施行規則7条3号 (2024-04-01改正: 取得しようとしている個人情報を含む)",
    Reason.CATEGORY_4_OVER_1000_PEOPLE: "個人情報保護法26条1項, 施行規則7条4号",
    Reason.NO_CATEGORY_APPLIES: "施行規則7条各号",
    Reason.UNKNOWN_MAY_MAKE_REPORTABLE: "施行規則7条各号 (「おそれ」を含む), ガイドライン通則編3-5-3-1",
    Reason.STRONG_ENCRYPTION_EXCEPTION: "施行規則7条1号括弧書 (高度な暗号化その他の…措置), ガイドライン通則編3-5-3-1",
    Reason.ENCRYPTION_KEY_LEAKED: "ガイドライン通則編3-5-3-1 (復号鍵の漏えい)",
    Reason.ACQUISITION_NOT_COVERED: "施行規則7条3号 (2024-04-01改正前)",
    Reason.ACQUISITION_ONLY_NOT_PERSONAL_DATA: "施行規則7条1号・2号・4号 (個人データの漏えい等に限る)",
    Reason.INDIVIDUAL_NOTICE_FOLLOWS_REPORT: "個人情報保護法26条2項, 施行規則10条",
    Reason.PSEUDONYMISED_INFORMATION: "個人情報保護法41条9項 (仮名加工情報には26条を適用しない), ガイドライン通則編3-10",
    Reason.REPORTING_NOT_YET_MANDATORY: "令和2年改正個人情報保護法 (2022-04-01施行) 前: 報告は努力義務 (平成29年個人情報保護委員会告示第1号)",
    Reason.CONTRACTOR_RELEASED: "個人情報保護法26条1項ただし書・2項, 施行規則9条",
    Reason.CONTRACTOR_NOTICE_LATE: "施行規則9条, ガイドライン通則編3-5-3-5",
    Reason.SECTOR_FINANCIAL_SUPERVISOR: (
        "各業法 (例: 銀行法施行規則13条の6の5の2), 金融分野における個人情報保護に関するガイドライン11条, "
        "金融機関における個人情報保護に関するQ&A A4-12"
    ),
    Reason.MYNUMBER_SITUATION_1_SYSTEMS: "番号法29条の4第1項, 特定個人情報漏えい等報告規則2条1号",
    Reason.MYNUMBER_SITUATION_2_IMPROPER_PURPOSE: "番号法29条の4第1項, 特定個人情報漏えい等報告規則2条2号",
    Reason.MYNUMBER_SITUATION_3_PUBLICLY_VIEWABLE: "番号法29条の4第1項, 特定個人情報漏えい等報告規則2条3号, 事業者編Q&A A17-10",
    Reason.MYNUMBER_SITUATION_4_OVER_100_PEOPLE: "番号法29条の4第1項, 特定個人情報漏えい等報告規則2条4号",
    Reason.MYNUMBER_NO_SITUATION_APPLIES: "特定個人情報漏えい等報告規則2条各号",
    Reason.MYNUMBER_UNKNOWN_MAY_MAKE_REPORTABLE: "特定個人情報漏えい等報告規則2条各号 (「おそれ」を含む), 特定個人情報ガイドライン(事業者編)",
    Reason.MYNUMBER_NOT_INVOLVED: "番号法29条の4 (特定個人情報ファイルに記録された特定個人情報に限る)",
    Reason.MYNUMBER_POSSIBLY_INVOLVED: "番号法29条の4",
    Reason.MYNUMBER_RULES_BEFORE_2022_NOT_ENCODED: "特定個人情報漏えい等報告規則 (2022-04-01改正前の版)",
    Reason.MYNUMBER_CONTRACTOR_RELEASED: "番号法29条の4第1項ただし書, 特定個人情報漏えい等報告規則4条",
    Reason.MYNUMBER_NOTICE_FOLLOWS_REPORT: "番号法29条の4第2項, 特定個人情報漏えい等報告規則5条",
    Reason.SECTOR_UNKNOWN: "分野別ガイドライン",
    Reason.GDPR_RISK_TO_RIGHTS: "GDPR Art. 33(1)",
    Reason.GDPR_UNLIKELY_TO_RESULT_IN_RISK: "GDPR Art. 33(1)",
    Reason.GDPR_RISK_UNKNOWN: "GDPR Art. 33(1), 34(1)",
    Reason.GDPR_RISK_NOT_YET_ASSESSED: "GDPR Art. 33(1) (notification unless unlikely to result in a risk)",
    Reason.GDPR_HIGH_RISK: "GDPR Art. 34(1)",
    Reason.GDPR_RISK_NOT_HIGH: "GDPR Art. 34(1)",
    Reason.GDPR_ENCRYPTED_OR_MITIGATED: "GDPR Art. 34(3)(a),(b)",
    Reason.GDPR_NOT_APPLICABLE: "GDPR Art. 3",
    Reason.GDPR_POSSIBLY_APPLICABLE: "GDPR Art. 3",
}

_REASON_CATEGORY: dict[Reason, int] = {
    Reason.CATEGORY_1_SENSITIVE_DATA: 1,
    Reason.CATEGORY_2_FINANCIAL_HARM: 2,
    Reason.CATEGORY_3_IMPROPER_PURPOSE: 3,
    Reason.CATEGORY_3_DATA_BEING_ACQUIRED: 3,
    Reason.CATEGORY_4_OVER_1000_PEOPLE: 4,
}


class Alternative(StrEnum):
    """Ways to fulfil an individual-notice duty when notifying each person is
    impossible or disproportionate."""

    PUBLICATION = "publication"  # APPI 26条2項ただし書 (事案の公表)
    INQUIRY_DESK = "inquiry_desk"  # APPI ガイドライン 3-5-4-5 (問合せ窓口)
    PUBLIC_COMMUNICATION = "public_communication"  # GDPR Art. 34(3)(c)


class ReportItem(StrEnum):
    """What a report or notice must contain.

    APPI 施行規則8条1項 (report to the PPC), items 1–9; 本人通知 (規則10条)
    carries items 1, 2, 4, 5 and 9.  Items not yet known are reported as far as
    known and completed later (``Caveat.REPORT_AS_FAR_AS_KNOWN``).
    GDPR Art. 33(3) (authority) and Art. 34(2) (individuals: (b)–(d)).
    """

    APPI_SUMMARY = "appi_1_summary"  # 概要
    APPI_DATA_ITEMS = "appi_2_data_items"  # 漏えい等が発生し、又は発生したおそれがある個人データの項目
    APPI_PEOPLE_COUNT = "appi_3_people_count"  # 本人の数
    APPI_CAUSE = "appi_4_cause"  # 原因
    APPI_SECONDARY_HARM = "appi_5_secondary_harm"  # 二次被害又はそのおそれの有無及びその内容
    APPI_RESPONSE_TO_INDIVIDUALS = "appi_6_response_to_individuals"  # 本人への対応の実施状況
    APPI_PUBLICATION_STATUS = "appi_7_publication_status"  # 公表の実施状況
    APPI_RECURRENCE_PREVENTION = "appi_8_recurrence_prevention"  # 再発防止のための措置
    APPI_OTHER = "appi_9_other"  # その他参考となる事項
    GDPR_NATURE_CATEGORIES_NUMBERS = "gdpr_nature_categories_numbers"  # Art. 33(3)(a)
    GDPR_CONTACT_POINT = "gdpr_contact_point"  # Art. 33(3)(b)
    GDPR_LIKELY_CONSEQUENCES = "gdpr_likely_consequences"  # Art. 33(3)(c)
    GDPR_MEASURES = "gdpr_measures"  # Art. 33(3)(d)
    GDPR_NATURE_PLAIN_LANGUAGE = "gdpr_nature_plain_language"  # Art. 34(2)


#: 特定個人情報漏えい等報告規則3条1項 (read in 特定個人情報ガイドライン(事業者編)): the same nine
#: headings as APPI 規則8条1項, worded for 特定個人情報.
MYNUMBER_REPORT_ITEMS: tuple[ReportItem, ...] = (
    ReportItem.APPI_SUMMARY,
    ReportItem.APPI_DATA_ITEMS,
    ReportItem.APPI_PEOPLE_COUNT,
    ReportItem.APPI_CAUSE,
    ReportItem.APPI_SECONDARY_HARM,
    ReportItem.APPI_RESPONSE_TO_INDIVIDUALS,
    ReportItem.APPI_PUBLICATION_STATUS,
    ReportItem.APPI_RECURRENCE_PREVENTION,
    ReportItem.APPI_OTHER,
)
APPI_REPORT_ITEMS: tuple[ReportItem, ...] = (
    ReportItem.APPI_SUMMARY,
    ReportItem.APPI_DATA_ITEMS,
    ReportItem.APPI_PEOPLE_COUNT,
    ReportItem.APPI_CAUSE,
    ReportItem.APPI_SECONDARY_HARM,
    ReportItem.APPI_RESPONSE_TO_INDIVIDUALS,
    ReportItem.APPI_PUBLICATION_STATUS,
    ReportItem.APPI_RECURRENCE_PREVENTION,
    ReportItem.APPI_OTHER,
)
APPI_NOTICE_ITEMS: tuple[ReportItem, ...] = (
    ReportItem.APPI_SUMMARY,
    ReportItem.APPI_DATA_ITEMS,
    ReportItem.APPI_CAUSE,
    ReportItem.APPI_SECONDARY_HARM,
    ReportItem.APPI_OTHER,
)
GDPR_AUTHORITY_ITEMS: tuple[ReportItem, ...] = (
    ReportItem.GDPR_NATURE_CATEGORIES_NUMBERS,
    ReportItem.GDPR_CONTACT_POINT,
    ReportItem.GDPR_LIKELY_CONSEQUENCES,
    ReportItem.GDPR_MEASURES,
)
GDPR_INDIVIDUAL_ITEMS: tuple[ReportItem, ...] = (
    ReportItem.GDPR_NATURE_PLAIN_LANGUAGE,
    ReportItem.GDPR_CONTACT_POINT,
    ReportItem.GDPR_LIKELY_CONSEQUENCES,
    ReportItem.GDPR_MEASURES,
)


class DeadlineKind(StrEnum):
    APPI_PRELIMINARY_WARNING = "appi_preliminary_warning"  # 速報: day 3 reached
    APPI_PRELIMINARY_OVERDUE = "appi_preliminary_overdue"  # 速報: day 5 ended
    APPI_FINAL = "appi_final"  # 確報: binding 30/60-day deadline
    APPI_FINAL_IF_IMPROPER_PURPOSE = "appi_final_if_improper_purpose"  # 60-day date, conditional
    APPI_INDIVIDUAL_NOTICE = "appi_individual_notice"  # promptly, no fixed date
    APPI_NOTIFY_PRINCIPAL_WARNING = "appi_notify_principal_warning"
    APPI_NOTIFY_PRINCIPAL_OVERDUE = "appi_notify_principal_overdue"
    MYNUMBER_PRELIMINARY_WARNING = "mynumber_preliminary_warning"  # 速報 (規則3条1項): day 3 reached
    MYNUMBER_PRELIMINARY_OVERDUE = "mynumber_preliminary_overdue"  # 速報: day 5 ended
    MYNUMBER_FINAL = "mynumber_final"  # 確報 (規則3条2項): binding 30/60-day deadline
    MYNUMBER_FINAL_IF_IMPROPER_PURPOSE = "mynumber_final_if_improper_purpose"  # 60-day date, conditional
    MYNUMBER_INDIVIDUAL_NOTICE = "mynumber_individual_notice"  # 番号法29条の4第2項: promptly
    MYNUMBER_NOTIFY_PRINCIPAL_WARNING = "mynumber_notify_principal_warning"  # 規則4条
    MYNUMBER_NOTIFY_PRINCIPAL_OVERDUE = "mynumber_notify_principal_overdue"
    SECTOR_REPORT_WARNING = "sector_report_warning"  # financial supervisor: day 3 reached (Q&A A4-12)
    SECTOR_REPORT_OVERDUE = "sector_report_overdue"  # financial supervisor: day 5 ended
    GDPR_AUTHORITY = "gdpr_authority"  # 72 clock hours
    GDPR_INDIVIDUALS = "gdpr_individuals"  # without undue delay, no fixed date


_DEADLINE_SOURCES: dict[DeadlineKind, str] = {
    DeadlineKind.APPI_PRELIMINARY_WARNING: "施行規則8条1項 (速やかに); ガイドライン通則編3-5-3-3 (概ね3～5日以内)",
    DeadlineKind.APPI_PRELIMINARY_OVERDUE: "施行規則8条1項 (速やかに); ガイドライン通則編3-5-3-3 (概ね3～5日以内)",
    DeadlineKind.APPI_FINAL: "施行規則8条2項 (30日以内; 3号は60日以内); ガイドライン通則編3-5-3-4 (行政機関の休日に関する法律2条)",
    DeadlineKind.APPI_FINAL_IF_IMPROPER_PURPOSE: "施行規則8条2項 (7条3号の事態は60日以内); ガイドライン通則編3-5-3-4",
    DeadlineKind.APPI_INDIVIDUAL_NOTICE: "個人情報保護法26条2項, 施行規則10条 (当該事態の状況に応じて速やかに)",
    DeadlineKind.APPI_NOTIFY_PRINCIPAL_WARNING: "施行規則9条 (速やかに); ガイドライン通則編3-5-3-5",
    DeadlineKind.APPI_NOTIFY_PRINCIPAL_OVERDUE: "施行規則9条 (速やかに); ガイドライン通則編3-5-3-5",
    DeadlineKind.MYNUMBER_PRELIMINARY_WARNING: "特定個人情報漏えい等報告規則3条1項; 特定個人情報ガイドライン(事業者編) (概ね3日～5日以内)",
    DeadlineKind.MYNUMBER_PRELIMINARY_OVERDUE: "特定個人情報漏えい等報告規則3条1項; 特定個人情報ガイドライン(事業者編) (概ね3日～5日以内)",
    DeadlineKind.MYNUMBER_FINAL: "特定個人情報漏えい等報告規則3条2項 (30日以内; 2号は60日以内; 行政機関の休日に関する法律2条)",
    DeadlineKind.MYNUMBER_FINAL_IF_IMPROPER_PURPOSE: "特定個人情報漏えい等報告規則3条2項 (2条2号の事態は60日以内)",
    DeadlineKind.MYNUMBER_INDIVIDUAL_NOTICE: "番号法29条の4第2項, 特定個人情報漏えい等報告規則5条",
    DeadlineKind.MYNUMBER_NOTIFY_PRINCIPAL_WARNING: "番号法29条の4第1項ただし書, 特定個人情報漏えい等報告規則4条 (速やかに)",
    DeadlineKind.MYNUMBER_NOTIFY_PRINCIPAL_OVERDUE: "番号法29条の4第1項ただし書, 特定個人情報漏えい等報告規則4条 (速やかに)",
    DeadlineKind.SECTOR_REPORT_WARNING: "各業法; 金融機関における個人情報保護に関するQ&A A4-12 (概ね3~5日以内を目安)",
    DeadlineKind.SECTOR_REPORT_OVERDUE: "各業法; 金融機関における個人情報保護に関するQ&A A4-12 (概ね3~5日以内を目安)",
    DeadlineKind.GDPR_AUTHORITY: "GDPR Art. 33(1) (without undue delay and, where feasible, not later than 72 hours)",
    DeadlineKind.GDPR_INDIVIDUALS: "GDPR Art. 34(1) (without undue delay)",
}


def deadline_source(kind: DeadlineKind) -> str:
    """The rule a deadline comes from."""
    return _DEADLINE_SOURCES[kind]


class Caveat(StrEnum):
    """Things the user must be told because the law is uncertain, approximate,
    or depends on something the engine does not model."""

    # Rule set / amendments.
    AMENDMENT_2026_PENDING = "amendment_2026_pending"
    RULESET_OVERRIDDEN = "ruleset_overridden"
    # APPI deadlines.
    PRELIMINARY_ABOUT_3_TO_5_DAYS = "preliminary_about_3_to_5_days"
    PROMPTLY_HAS_NO_FIXED_DAYS = "promptly_has_no_fixed_days"
    FINAL_DEADLINE_MOVED_PAST_CLOSED_DAYS = "final_deadline_moved_past_closed_days"
    FINAL_60_DAYS_IF_IMPROPER_PURPOSE_CONFIRMED = "final_60_days_if_improper_purpose_confirmed"
    # APPI content.
    REPORT_AS_FAR_AS_KNOWN = "report_as_far_as_known"
    INDIVIDUAL_NOTICE_MAY_WAIT_IF_HARMFUL = "individual_notice_may_wait_if_harmful"
    VOLUNTARY_REPORT_ALLOWED = "voluntary_report_allowed"
    ENCRYPTION_MUST_BE_HIGH_GRADE = "encryption_must_be_high_grade"
    COUNT_PEOPLE_NOT_RECORDS = "count_people_not_records"
    COUNT_IS_MAXIMUM_ESTIMATE = "count_is_maximum_estimate"
    COUNT_MAY_GROW = "count_may_grow"
    ATTACK_SIGNS_ARE_EXAMPLES = "attack_signs_are_examples"
    ATTACK_SIGNS_CONTRADICT_ANSWER = "attack_signs_contradict_answer"
    ACQUISITION_NOT_COVERED_BEFORE_2024 = "acquisition_not_covered_before_2024"
    REPORTING_WAS_EFFORT_OBLIGATION = "reporting_was_effort_obligation"
    PSEUDONYMISED_STILL_PERSONAL_DATA_UNDER_GDPR = "pseudonymised_still_personal_data_under_gdpr"
    DEADLINES_COUNTED_FROM_LATER_START = "deadlines_counted_from_later_start"
    # Contractor.
    CONTRACTOR_RELEASE_AVAILABLE = "contractor_release_available"
    CONTRACTOR_RELEASE_WINDOW_APPROXIMATE = "contractor_release_window_approximate"
    PRINCIPAL_STILL_OBLIGED = "principal_still_obliged"
    ROLE_BOTH_RELEASE_PARTIAL = "role_both_release_partial"
    # Sector.
    SECTOR_FINANCIAL_REPORT_TO_SUPERVISOR = "sector_financial_report_to_supervisor"
    SECTOR_REPORT_MAY_GO_TO_MINISTRY = "sector_report_may_go_to_ministry"
    SECTOR_MEDICAL_GUIDANCE = "sector_medical_guidance"
    SECTOR_TELECOM_RULES = "sector_telecom_rules"
    SECTOR_RULES_MAY_ADD_DUTIES = "sector_rules_may_add_duties"
    SECTOR_RULES_NOT_ENCODED = "sector_rules_not_encoded"
    SECTOR_FINANCIAL_CUSTOMERS_ONLY = "sector_financial_customers_only"
    # My Number Act.
    MYNUMBER_RUNS_ALONGSIDE_APPI = "mynumber_runs_alongside_appi"
    MYNUMBER_FILE_AND_ACTOR = "mynumber_file_and_actor"
    MYNUMBER_NOTICE_ITEMS_NOT_CONFIRMED = "mynumber_notice_items_not_confirmed"
    MYNUMBER_COUNT_FROM_TOTAL = "mynumber_count_from_total"
    # GDPR.
    GDPR_DOCUMENT_EVERY_BREACH = "gdpr_document_every_breach"
    GDPR_PHASED_NOTIFICATION_ALLOWED = "gdpr_phased_notification_allowed"
    GDPR_LATE_NOTIFICATION_NEEDS_REASONS = "gdpr_late_notification_needs_reasons"
    GDPR_LOW_RISK_IS_A_JUDGEMENT = "gdpr_low_risk_is_a_judgement"
    GDPR_PUBLIC_NOTICE_IF_DISPROPORTIONATE = "gdpr_public_notice_if_disproportionate"
    GDPR_PROCESSOR_NOTIFIES_CONTROLLER = "gdpr_processor_notifies_controller"
    GDPR_72_HOURS_ARE_CLOCK_HOURS = "gdpr_72_hours_are_clock_hours"
