#!/usr/bin/env python3
"""Serves a folder of static files the way a strict government host would: the CSP and headers
documented in README.md, no caching surprises. Loopback only."""
import argparse
import functools
import http.server

HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
        "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'self'; frame-ancestors 'self'"
    ),
    # A sandboxed iframe without allow-same-origin has an opaque origin: its module scripts and
    # .wasm are cross-origin requests to this server, and need this to load.
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
    }

    def end_headers(self):
        for k, v in HEADERS.items():
            self.send_header(k, v)
        super().end_headers()

    def log_message(self, fmt, *args):
        pass


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--dir", default="dist")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--no-csp", action="store_true", help="serve without the strict CSP header")
    a = p.parse_args()
    if a.no_csp:
        HEADERS.pop("Content-Security-Policy")
    handler = functools.partial(Handler, directory=a.dir)
    with http.server.ThreadingHTTPServer(("127.0.0.1", a.port), handler) as srv:
        print(f"serving {a.dir} on http://127.0.0.1:{a.port}/", flush=True)
        srv.serve_forever()


if __name__ == "__main__":
    main()
