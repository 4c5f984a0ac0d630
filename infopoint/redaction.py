"""Signed tokens never reach a log line or an audit row.

A partner's referral link, a feedback link and the subscription links carry a token made
by django.core.signing: a credential, and for the unsubscribe links a payload holding the
subscriber's e-mail address (base64 is not encryption). Such a token has a recognisable
shape — payload, optional timestamp and a 43-character HMAC signature, joined by colons —
so it is masked wherever it appears, whatever the URL that carries it: in the request log,
in pghistory's context and, through `MaskSignedTokens` on the log handler, in every other
line (django.request's "Internal Server Error: /referral/<token>/" included).
"""

import logging
import re

MASK = "[token]"
# signing.dumps(): [.]payload[:timestamp]:signature, each part base64url; the signature of
# SHA-256 is 43 characters, so nothing else in our lines (times, ids, slugs) looks alike.
SIGNED_TOKEN = re.compile(
    r"(?<![\w.:-])\.?[A-Za-z0-9_-]+(?::[A-Za-z0-9_-]+)?:[A-Za-z0-9_-]{27,}(?![\w:-])"
)


def mask_signed_tokens(text: str) -> str:
    return SIGNED_TOKEN.sub(MASK, text)


class MaskSignedTokens(logging.Filter):
    """A handler filter: the record's message with every signed token masked."""

    def filter(self, record):
        message = record.getMessage()
        masked = mask_signed_tokens(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True
