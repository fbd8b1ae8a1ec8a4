"""Who the caseworker is: in the cloud the email in IAP's signed assertion; locally a named development user,
only with RUNTIME=local and only for requests from the loopback interface (`serve` binds 127.0.0.1)."""

from __future__ import annotations

from shared.review.iap import HEADER, IapRejected, PublicKeys, verify_assertion

LOOPBACK = ("127.0.0.1", "::1")


class NotSignedIn(Exception):
    """No caseworker identity on this request; str(exc) says why (answered with 401)."""


def reviewer(request, settings, keys: PublicKeys, clock) -> str:
    """The caseworker making `request` (a Flask request), or NotSignedIn."""
    if settings.runtime == "local":
        if request.remote_addr in LOOPBACK:
            return settings.review_dev_user
        raise NotSignedIn("the local review pages answer only on the loopback interface")
    if not settings.review_iap_audience:
        raise NotSignedIn("REVIEW_IAP_AUDIENCE is not set: the review function accepts no request")
    try:
        return verify_assertion(request.headers.get(HEADER), audience=settings.review_iap_audience, keys=keys.get(),
                                now=clock.now())
    except IapRejected as exc:
        raise NotSignedIn(str(exc)) from None
