"""Interface messages of the first run (the signing-key notice shares the domain's wording)."""

from courseware.catalog.first_run import MESSAGES as DOMAIN_MESSAGES

MESSAGES: dict[str, dict[str, str]] = {
    "keys.created_notice": DOMAIN_MESSAGES["keys.created_notice"],
}
