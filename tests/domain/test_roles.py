from __future__ import annotations

from cardbook.domain.contact import Contact
from cardbook.domain.roles import is_job_change


def test_another_company_or_title_is_a_job_change() -> None:
    known = Contact(full_name="Émilie Lefèvre", title="Directrice commerciale", company="Horizon Conseil")
    assert is_job_change(known, Contact(title="Directrice commerciale", company="Quadrant SAS"))
    assert is_job_change(known, Contact(title="Directrice générale", company="Horizon Conseil"))


def test_same_role_written_differently_is_not_a_change() -> None:
    known = Contact(title="Directrice commerciale", company="Nova SAS")
    assert not is_job_change(known, Contact(title="DIRECTRICE COMMERCIALE", company="Nova"))
    assert not is_job_change(known, Contact(title="Directrice  commerciale", company="NOVA S.A.S"))


def test_blank_fields_say_nothing() -> None:
    known = Contact(title="Gérant", company="Atelier Cœur")
    assert not is_job_change(known, Contact(title=None, company=None))
    assert not is_job_change(known, Contact(title=None, company="Atelier Coeur"))
    assert not is_job_change(Contact(), Contact(title="Gérant", company="Atelier Cœur"))
