"""Who may see and change an incident.

Details are visible only to the reporting line and the privacy office (need to know: APPI Art. 23 and
PPC general guideline 通則編 10-6, access control as a safeguard). Someone outside
that circle learns nothing — not even whether an incident exists — so every refusal looks the same
as "not found".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IncidentPeople:
    """The people attached to an incident, as Slack user IDs (None when unresolved)."""

    reporter: str
    owner: str | None
    deputy: str | None


@dataclass(frozen=True)
class Viewer:
    """The person asking, with the memberships that grant access."""

    user_id: str
    is_office_member: bool = False
    is_channel_member: bool = False
    #: Executives receive the 24/7 escalation, so they may read what they are alerted about.
    is_executive: bool = False
    #: Inquiry-desk operators (the directory's ``desk`` list): they log inquiries and read the FAQ,
    #: never the report (need to know, as above).
    is_desk: bool = False


def is_manager(people: IncidentPeople, viewer: Viewer) -> bool:
    """Owner, deputy or privacy office: may change the phase and close."""
    return viewer.user_id in {people.owner, people.deputy} or viewer.is_office_member


def can_acknowledge(people: IncidentPeople, viewer: Viewer) -> bool:
    """Acknowledging is the owner's or the deputy's act: it stops the escalation to executives."""
    return viewer.user_id in {people.owner, people.deputy}


def can_view(people: IncidentPeople, viewer: Viewer) -> bool:
    """Owner, deputy, reporter, members of the incident channel, the office and the executives."""
    return (
        is_manager(people, viewer)
        or viewer.user_id == people.reporter
        or viewer.is_channel_member
        or viewer.is_executive
    )


def can_report_detail(people: IncidentPeople, viewer: Viewer) -> bool:
    """Anyone who can see the incident may add a second report: the reporter often knows most."""
    return can_view(people, viewer)


def can_log_inquiry(people: IncidentPeople, viewer: Viewer) -> bool:
    """The desk logs inquiries; owner, deputy and office may too (they often take the first calls)."""
    return viewer.is_desk or is_manager(people, viewer)


def can_curate_faq(people: IncidentPeople, viewer: Viewer) -> bool:
    """The FAQ is what the call centre says and the web notice publishes: owner, deputy or office."""
    return is_manager(people, viewer)
