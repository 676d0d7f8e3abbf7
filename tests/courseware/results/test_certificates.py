"""The certificates repository: add and read; records never change; reissues name the old one."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import DBAPIError

from courseware.results import CertificateExists, CertificateRecord, ResultsError, ResultsStore
from courseware.results.certificates import CertificateRepository
from courseware.results.schema import certificates_table
from tests.courseware.results.results_testing import START


def certificate(number: str = "BST-2024-0001", **changes: object) -> CertificateRecord:
    record = CertificateRecord(
        number=number, course_id="bank-service-trust", course_title="银行客户服务——信任与服务心法",
        trainee_name="张伟", completion_date="2024-03-01", hours=6.0, issuer="培训部",
        issued_at=START, payload='{"n":"BST-2024-0001"}', signature="c2ln",
        key_fingerprint="ed25519:ab12", trainee_id="t1", score_percent=92.5)
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


def test_added_certificate_reads_back_by_id_and_number(store: ResultsStore) -> None:
    record = store.certificates.add(certificate())
    assert store.certificates.get(record.id) == record
    assert store.certificates.get_by_number("BST-2024-0001") == record
    assert store.certificates.get_by_number("nope") is None
    assert store.certificates.list() == [record]
    assert store.certificates.list(course_id="other") == []


def test_same_number_or_id_is_refused(store: ResultsStore) -> None:
    record = store.certificates.add(certificate())
    with pytest.raises(CertificateExists):
        store.certificates.add(certificate(trainee_name="李娜"))
    with pytest.raises(CertificateExists):
        store.certificates.add(certificate("BST-2024-0002", id=record.id))
    assert store.certificates.list() == [record]


def test_reissue_is_a_new_record_naming_the_old_one(store: ResultsStore) -> None:
    old = store.certificates.add(certificate())
    new = store.certificates.add(certificate("BST-2024-0001-R1", trainee_name="张 伟",
                                             replaces_id=old.id))
    assert store.certificates.get(old.id) == old  # unchanged
    assert store.certificates.replacement_of(old.id) == new
    assert store.certificates.replacement_of(new.id) is None
    with pytest.raises(ResultsError):
        store.certificates.add(certificate("X-1", replaces_id="no-such-certificate"))


def test_repository_offers_no_way_to_change_a_record() -> None:
    public = {name for name in dir(CertificateRepository) if not name.startswith("_")}
    assert public == {"add", "get", "get_by_number", "list", "replacement_of"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        certificate().trainee_name = "someone else"  # type: ignore[misc]


def test_database_refuses_updates_and_deletes(store: ResultsStore) -> None:
    record = store.certificates.add(certificate())
    for statement in (update(certificates_table).values(trainee_name="改名"),
                      delete(certificates_table)):
        with pytest.raises(DBAPIError, match="never changed"), store.engine.begin() as c:
            c.execute(statement)
    assert store.certificates.list() == [record]
