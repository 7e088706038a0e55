# AI Educademy behind Varnish (Debian's varnish package): nginx (TLS, static files) ->
# Varnish on 127.0.0.1:6081 -> gunicorn on 127.0.0.1:8000. Install: copy to
# /etc/varnish/default.vcl, point nginx's upstream at 127.0.0.1:6081 and set
# FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:6081 for the app. See docs/deployment.md.
# tests/deploy/test_proxy_cache.py starts this file, as it is, in front of the app.
#
# What is cached is the app's decision: only answers marked Cache-Control: public (or
# s-maxage), for as long as s-maxage says, never one that sets a cookie, never for an
# editor (session cookie), never the admin. Publishing purges a page's URLs (PURGE, sent by
# the app: site_config/frontend_cache.py), each with all its query variants; a PURGE of `/`
# drops the whole site.
vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

# Only the app, on this machine, may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        # nginx sets X-Forwarded-Proto on everything it forwards: a PURGE from the
        # internet arrives from 127.0.0.1 too, but never without it.
        if (client.ip !~ purgers || req.http.X-Forwarded-Proto) {
            return (synth(405, "Not allowed"));
        }
        if (req.url == "/") {
            # `/` is never cached (it redirects by language): purging it means the whole
            # site (a menu, setting or snippet changed).
            ban("obj.http.X-Host == " + req.http.host);
        } else {
            # The URL and everything after it in a query string (?page=2), on that host;
            # regular-expression characters (the dot in sitemap-en.xml) are escaped.
            ban("obj.http.X-Host == " + req.http.host + " && obj.http.X-Url ~ ^"
                + regsuball(req.url, "([\[\](){}.*+?^$|\\])", "\\\1") + "(\?|$)");
        }
        return (synth(200, "Purged"));
    }

    # Varnish appended the address of the proxy in front (nginx) to X-Forwarded-For: drop
    # it, so the app's login throttle still sees the visitor's address last.
    if (client.ip ~ purgers) {
        set req.http.X-Forwarded-For = regsub(req.http.X-Forwarded-For, ",\s*[^,]*$", "");
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)" || req.http.Authorization) {
        return (pass);
    }
    # Editors (and visitors of a password-protected page) have a session; flash messages
    # live in their own cookie.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # `/` redirects to the language the visitor chose with the switcher.
    if (req.url ~ "^/(\?|$)" && req.http.Cookie ~ "(^|;\s*)django_language=") {
        return (pass);
    }
    # No other cookie changes a public page: without them, an answer rendered for one
    # visitor (e.g. with their CSRF token) can never be served to another.
    unset req.http.Cookie;
    # Varnish stores the app's gzipped answer and would decompress it on every delivery
    # to a client that does not accept gzip: such clients share a copy kept uncompressed.
    if (req.http.Accept-Encoding ~ "gzip") {
        unset req.http.X-Uncompressed-Copy;
    } else {
        set req.http.X-Uncompressed-Copy = "1";
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.host);
    # Absolute URLs in the page (canonical, hreflang) carry the scheme.
    hash_data(req.http.X-Forwarded-Proto);
    if (req.http.X-Uncompressed-Copy) {
        hash_data("uncompressed");
    }
    return (lookup);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(^|[ ,])(public|s-maxage=)"
        || beresp.http.Cache-Control ~ "(^|[ ,])(private|no-store|no-cache)"
        || beresp.http.Vary == "*") {
        # Not for sharing: ask the app again next time (hit-for-miss, 2 minutes).
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (bereq.http.X-Uncompressed-Copy) {
        set beresp.do_gunzip = true;
    }
    # Kept on the object for bans (PURGE), removed before delivery.
    set beresp.http.X-Url = bereq.url;
    set beresp.http.X-Host = bereq.http.host;
    return (deliver);
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.X-Url;
    unset resp.http.X-Host;
}
