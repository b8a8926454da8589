#!/usr/bin/env python3
"""A section page on a 2G link, in headless Chromium with DevTools network
emulation (800 ms latency, 50 kbit/s each way), driven through chromedriver's
HTTP API (no extra packages). Used by scripts/bench/slow_link.sh.

    slow_link.py BASE_URL COOKIE PAGE NEXT_PAGE

Measures, from the browser's own Navigation and Resource Timing:
- cold load (empty cache): when the page is usable (its HTML and style sheet
  are in and drawn: the load event; the bundle is only asked for then), the
  bytes transferred until then, and when the islands are alive (the form
  gets `data-enhanced`), with the bundle's bytes;
- a page transition (the next section, warm cache): bytes transferred
  beyond the page's own HTML.
Prints one JSON object.
"""
import json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request

LATENCY_MS = 800
THROUGHPUT = 50_000 // 8  # bytes per second


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Driver:
    def __init__(self):
        self.port = free_port()
        self.proc = subprocess.Popen(["chromedriver", f"--port={self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.profile = tempfile.mkdtemp()
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,900", f"--user-data-dir={self.profile}"]}}}}
        for _ in range(100):
            try:
                self.session = self.call("POST", "/session", caps)["sessionId"]
                break
            except OSError:
                time.sleep(0.2)
        else:
            sys.exit("slow_link: chromedriver did not start")

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.load(r)["value"]

    def cmd(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def run(self, script):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": []})

    def close(self):
        try:
            self.cmd("DELETE", "")
        finally:
            self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


TIMINGS = """
const nav = performance.getEntriesByType('navigation')[0];
const res = performance.getEntriesByType('resource').map(r => ({
  name: r.name, start: r.startTime, end: r.responseEnd, bytes: r.transferSize}));
return {usable: nav.loadEventStart, html: nav.transferSize, resources: res,
        enhanced: document.getElementById('answers-form')?.hasAttribute('data-enhanced') || false};
"""


def main():
    base, cookie, page, next_page = sys.argv[1:5]
    name, value = cookie.split("=", 1)
    d = Driver()
    try:
        # The session cookie, set on the site (an empty page, before the link slows).
        d.cmd("POST", "/url", {"url": base + "/health"})
        d.cmd("POST", "/cookie", {"cookie": {"name": name, "value": value, "path": "/"}})
        d.cmd("POST", "/chromium/network_conditions", {"network_conditions": {
            "offline": False, "latency": LATENCY_MS,
            "download_throughput": THROUGHPUT, "upload_throughput": THROUGHPUT}})
        d.cmd("POST", "/url", {"url": base + page})
        cold = d.run(TIMINGS)
        deadline = time.time() + 120
        while not cold["enhanced"] and time.time() < deadline:
            time.sleep(0.25)
            cold = d.run(TIMINGS)
        usable = cold["usable"]
        before = cold["html"] + sum(r["bytes"] for r in cold["resources"] if r["end"] <= usable)
        bundle = [r for r in cold["resources"] if "/pkg/" in r["name"]]
        hydrated_at = max((r["end"] for r in bundle), default=None)
        # The next section: the browser has everything but the page.
        d.cmd("POST", "/url", {"url": base + next_page})
        warm = d.run(TIMINGS)
        overhead = sum(r["bytes"] for r in warm["resources"])
        print(json.dumps({
            "usable_ms": round(usable),
            "bytes_before_usable": before,
            "html_bytes": cold["html"],
            "bundle_bytes": sum(r["bytes"] for r in bundle),
            "bundle_loaded_ms": round(hydrated_at) if hydrated_at else None,
            "enhanced": cold["enhanced"],
            "transition_html_bytes": warm["html"],
            "transition_overhead_bytes": overhead,
            "transition_usable_ms": round(warm["usable"]),
        }))
    finally:
        d.close()


if __name__ == "__main__":
    main()
