"""verify CODE_OR_FILE; keys export-public / import (the certificate signing keys)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from courseware.certificates import Verdict, verify
from courseware.certificates.keys import KeyFileError, KeyRing
from courseware.certificates.pdf_metadata import UnreadablePdfError
from courseware.certificates.registry import CertificateRegistry
from courseware.certificates.services import embedded_store_exists, key_ring, store_registry
from courseware.certificates.shortcode import normalise_code
from courseware.cli import EXIT_INPUT, EXIT_OK, UserError
from courseware.i18n import tr


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    check = subparsers.add_parser("verify", help="check that a certificate is genuine")
    check.add_argument("subject", metavar="CODE_OR_FILE",
                       help="the short code, the QR code's text or a certificate PDF")
    check.add_argument("--db", metavar="URL", help="results store holding the registry")
    add_keys_option(check)
    check.set_defaults(handler=run_verify)

    keys = subparsers.add_parser("keys", help="the organisation's certificate signing keys")
    actions = keys.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    export = actions.add_parser("export-public", help="write our public key (PEM)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_keys_option(export)
    export.set_defaults(handler=run_export_public)
    trust = actions.add_parser("import", help="trust another issuer's public key (PEM)")
    trust.add_argument("file", type=Path, metavar="FILE")
    add_keys_option(trust)
    trust.set_defaults(handler=run_import)


def add_keys_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keys", type=Path, metavar="DIR",
                        help="key folder (default: $COURSEWARE_KEY_DIR or the user data folder)")


def run_verify(args: argparse.Namespace) -> int:
    keys = key_ring(args.keys)
    with ExitStack() as stack:
        registry: CertificateRegistry | None = None
        if args.db or embedded_store_exists() or normalise_code(args.subject) is not None:
            registry = stack.enter_context(open_registry(args.db))
        try:
            verdicts = verify(args.subject, keys, registry)
        except (UnreadablePdfError, OSError) as error:
            raise UserError(tr("verify.unreadable", path=args.subject, error=error)) from None
    for path, reason in keys.unusable:
        print(tr("keys.unusable_trusted", path=path, reason=reason), file=sys.stderr)
    for verdict in verdicts:
        print_verdict(verdict)
    genuine = sum(v.genuine for v in verdicts)
    if len(verdicts) > 1:
        print(tr("verify.summary", genuine=genuine, total=len(verdicts)))
    return EXIT_OK if genuine == len(verdicts) else EXIT_INPUT


@contextmanager
def open_registry(url: str | None) -> Iterator[CertificateRegistry]:
    """The store's registry; a store that cannot be opened is the user's error (exit 1)."""
    from courseware.results import ResultsError

    try:
        with store_registry(url) as registry:
            yield registry
    except ResultsError as error:
        raise UserError(str(error)) from None


def print_verdict(verdict: Verdict) -> None:
    record = verdict.record
    values: dict[str, object] = {"code": verdict.code, "replaced_by": verdict.replaced_by}
    if record is not None:
        result = tr("verify.result", result=record.result_text) if record.result_text else ""
        values.update(number=record.number, name=record.trainee_name,
                      course=record.course_title, date=record.completed_on.isoformat(),
                      result=result)
    stream = sys.stdout if verdict.genuine else sys.stderr
    print(tr(verdict.reason, **values), file=stream)
    if verdict.genuine and record is not None:
        print(tr("verify.issuer", issuer=record.issuer, code=verdict.code,
                 issued_at=record.issued_at.isoformat()), file=stream)
    if verdict.reason == "verify.unknown_key":
        print(tr("hint.prefix") + tr("verify.unknown_key.hint"), file=stream)


def run_export_public(args: argparse.Namespace) -> int:
    keys = key_ring(args.keys)
    try:
        key_id = keys.export_public(args.output)
    except OSError as error:
        raise UserError(tr("keys.bad_file", path=args.output, error=error.strerror)) from None
    print_new_key_notice(keys)
    print(tr("keys.exported", key_id=key_id, path=args.output))
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    try:
        key_id = key_ring(args.keys).import_public(args.file)
    except OSError as error:
        raise UserError(tr("keys.bad_file", path=args.file, error=error.strerror)) from None
    except KeyFileError as error:
        raise UserError(tr("keys.bad_file", path=args.file, error=error)) from None
    print(tr("keys.imported", key_id=key_id, path=args.file))
    return EXIT_OK


def print_new_key_notice(keys: KeyRing) -> None:
    """Once, when the signing key was just made: where it is and that it needs a backup."""
    if keys.created_new_key:
        print(tr("keys.created_notice", path=keys.folder), file=sys.stderr)
