"""Issue and print a batch: check fonts, sign, write the output, record, move into place.

Nothing is recorded and no output is left when the run is cancelled or fails: the registry
receives the certificates only once every page has been written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from courseware.certificates import CertificateDraft, CertificateIssuer, IssuedCertificate
from courseware.tasks import ProgressCallback
from exporters.certificates.fonts import FontChain
from exporters.certificates.output import Layout, write_output


def check_printable(drafts: Sequence[CertificateDraft], chain: FontChain) -> None:
    """Fail before anything is signed when a name, course or issuer cannot be printed."""
    for draft in drafts:
        for value in (draft.trainee_name, draft.course_title, draft.issuer):
            chain.check(value)


def issue_certificates(issuer: CertificateIssuer, drafts: Sequence[CertificateDraft],
                       target: Path, layout: Layout,
                       progress: ProgressCallback | None = None) -> list[IssuedCertificate]:
    check_printable(drafts, layout.chain)
    certificates = [issuer.sign(draft) for draft in drafts]
    write_output(certificates, target, layout, progress,
                 before_commit=lambda: issuer.record(certificates))
    return certificates
