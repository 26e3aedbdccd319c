"""The organization directory: departments with their owner (正) and named deputy (副), the executives
who receive 24/7 escalations, and the privacy office channel.

A person is written as a Slack user ID (``U012ABC``) or an e-mail address, resolved later through
Slack. Parsing is pure: loading the YAML file is the caller's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from domain.group import GroupConfig, parse_group

_USER_ID = re.compile(r"[UW][A-Z0-9]{2,20}")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")
LANGUAGES = ("ja", "en")


def is_user_id(ref: str) -> bool:
    """A Slack user ID (``U…``/``W…``, capitals and digits): a number or a name is not a person."""
    return isinstance(ref, str) and bool(_USER_ID.fullmatch(ref))


def is_email(ref: str) -> bool:
    return bool(_EMAIL.match(ref))


@dataclass(frozen=True)
class Department:
    id: str
    name: dict[str, str]
    owner: str
    deputy: str | None = None

    def display_name(self, language: str) -> str:
        return self.name.get(language) or next(iter(self.name.values()))


@dataclass(frozen=True)
class Directory:
    office_channel: str
    executives: tuple[str, ...]
    departments: tuple[Department, ...]
    #: Inquiry-desk operators (問い合わせ窓口): they log inquiries and read the FAQ of any incident.
    desk: tuple[str, ...] = ()
    _by_id: dict[str, Department] = field(default_factory=dict, compare=False, repr=False)
    #: The group level (issue 10 §4): its channel and what counts as serious (``domain.group``).
    group: GroupConfig = field(default_factory=GroupConfig)

    def __post_init__(self) -> None:
        self._by_id.update({d.id: d for d in self.departments})

    def department(self, department_id: str) -> Department | None:
        return self._by_id.get(department_id)

    @property
    def department_ids(self) -> set[str]:
        return set(self._by_id)

    def people(self) -> set[str]:
        """Every person reference in the directory (for resolving them all up front)."""
        refs = set(self.executives)
        for d in self.departments:
            refs.add(d.owner)
            if d.deputy:
                refs.add(d.deputy)
        refs.update(self.desk)
        return refs


@dataclass(frozen=True)
class Problem:
    """One problem in the directory file: a JSON-pointer-like location and a message code."""

    where: str
    code: str
    value: str = ""


class DirectoryError(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(f"{p.where}: {p.code}" for p in problems))
        self.problems = problems


def _person(value: Any, where: str, problems: list[Problem], *, required: bool) -> str | None:
    if value in (None, ""):
        if required:
            problems.append(Problem(where, "required"))
        return None
    if not isinstance(value, str) or not (is_user_id(value.strip()) or is_email(value.strip())):
        problems.append(Problem(where, "bad_person", str(value)))
        return None
    return value.strip()


def parse_directory(data: Any) -> Directory:
    """Build a ``Directory`` from parsed YAML, or raise ``DirectoryError`` listing every problem."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise DirectoryError([Problem("/", "not_a_mapping")])
    office = data.get("office_channel")
    if not isinstance(office, str) or not _CHANNEL_ID.match(office.strip()):
        problems.append(Problem("/office_channel", "bad_channel", str(office or "")))
    executives_raw = data.get("executives") or []
    if not isinstance(executives_raw, list) or not executives_raw:
        problems.append(Problem("/executives", "required_list"))
        executives_raw = []
    executives = [
        p for i, e in enumerate(executives_raw) if (p := _person(e, f"/executives/{i}", problems, required=True))
    ]
    departments: list[Department] = []
    seen: set[str] = set()
    raw_departments = data.get("departments") or []
    if not isinstance(raw_departments, list) or not raw_departments:
        problems.append(Problem("/departments", "required_list"))
        raw_departments = []
    for i, item in enumerate(raw_departments):
        where = f"/departments/{i}"
        if not isinstance(item, dict):
            problems.append(Problem(where, "not_a_mapping"))
            continue
        dep_id = item.get("id")
        if not isinstance(dep_id, str) or not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", dep_id):
            problems.append(Problem(f"{where}/id", "bad_id", str(dep_id or "")))
            continue
        if dep_id in seen:
            problems.append(Problem(f"{where}/id", "duplicate_id", dep_id))
        seen.add(dep_id)
        name = item.get("name")
        if isinstance(name, str):
            name = {lang: name for lang in LANGUAGES}
        if not isinstance(name, dict) or not all(isinstance(name.get(lang), str) and name[lang] for lang in LANGUAGES):
            problems.append(Problem(f"{where}/name", "needs_ja_en"))
            name = {lang: dep_id for lang in LANGUAGES}
        elif any(len(name[lang]) > 60 for lang in LANGUAGES):
            problems.append(Problem(f"{where}/name", "too_long"))
        owner = _person(item.get("owner"), f"{where}/owner", problems, required=True)
        deputy = _person(item.get("deputy"), f"{where}/deputy", problems, required=True)
        if owner and deputy and owner == deputy:
            problems.append(Problem(f"{where}/deputy", "same_as_owner", deputy))
        departments.append(Department(dep_id, {k: name[k] for k in LANGUAGES}, owner or "", deputy))
    if len(departments) > 100:
        problems.append(Problem("/departments", "too_many"))
    desk = _desk(data.get("desk"), problems)
    group, group_problems = parse_group(data, department_ids={d.id for d in departments})
    problems += [Problem(p.where, p.code, p.value) for p in group_problems]
    if problems:
        raise DirectoryError(problems)
    assert office is not None  # checked above: a missing office channel is a problem
    return Directory(office.strip(), tuple(executives), tuple(departments), desk=desk, group=group)


def _desk(raw: Any, problems: list[Problem]) -> tuple[str, ...]:
    """The optional ``desk:`` list of inquiry-desk operators (user IDs or e-mails, no duplicates)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(Problem("/desk", "not_a_list"))
        return ()
    people: list[str] = []
    for i, item in enumerate(raw):
        person = _person(item, f"/desk/{i}", problems, required=True)
        if person and person in people:
            problems.append(Problem(f"/desk/{i}", "duplicate_person", person))
        elif person:
            people.append(person)
    return tuple(people)
