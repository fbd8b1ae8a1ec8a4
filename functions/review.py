"""HTTP entry point `review`: the caseworkers' review pages (shared/review), behind Identity-Aware Proxy in the
cloud; locally `serve` answers them under /review/ on the intake's port."""

import functions_framework

_keys = None


def public_keys():
    """IAP's signing keys, one cache per instance (fetched on first use, never at import)."""
    global _keys
    if _keys is None:
        from shared.review.iap import PublicKeys

        _keys = PublicKeys()
    return _keys


@functions_framework.http
def review(request):
    from shared.bootstrap import deps
    from shared.observability import sentry
    from shared.review.http import handle

    dependencies = deps()
    sentry.init(dependencies.settings)
    return sentry.run_in_sentry(lambda: handle(request, dependencies, public_keys()), {"stage": "review"}, None,
                                name="review", op="function.http")
