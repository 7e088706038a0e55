"""Who is asking: the client address, from the proxy only when the operator trusts it."""

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or, behind a trusted reverse proxy (TRUSTED_PROXY), the address that
    proxy appended last to X-Forwarded-For (earlier entries are the client's to forge)."""
    if settings.TRUSTED_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1][:45]
    return request.META.get("REMOTE_ADDR", "")


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets (429), in the visitor's language."""
    from django.shortcuts import render

    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
    }
    return render(request, "site_config/lockout.html", context, status=429)
