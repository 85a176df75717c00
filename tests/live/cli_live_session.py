#!/usr/bin/env python3
"""`assessa-cli live` as a script runs it: start on a copy of the demo with --approve-all, join as a
member over HTTP, score and add a note, stop with SIGTERM, and find the work in the file.
Also: --approve-all is refused on a network address. Usage: cli_live_session.py ASSESSA_CLI WORKDIR"""
import json, os, re, signal, socket, subprocess, sys, time, urllib.request, urllib.error

cli, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
project = os.path.join(work, "live-demo.assessa")
if os.path.exists(project):
    os.remove(project)
subprocess.run([cli, "demo", project], check=True, stdout=subprocess.DEVNULL)

refused = subprocess.run([cli, "live", project, "--address", "0.0.0.0", "--approve-all"], capture_output=True, text=True)
assert refused.returncode != 0, refused
assert "--approve-all is allowed only" in refused.stderr, refused.stderr

with socket.socket() as s:  # a free port
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
server = subprocess.Popen([cli, "live", project, "--port", str(port), "--approve-all"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
address = None
for line in server.stdout:
    m = re.search(r"(http://127\.0\.0\.1:\d+/s/[0-9a-f]+/)", line)
    if m:
        address = m.group(1)
        break
assert address, "no join address printed"

def call(path, body=None, token=None):
    req = urllib.request.Request(address + "api/" + path, method="POST" if body is not None else "GET",
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("X-Assessa-Token", token)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())

status, group = call("group")
assert status == 200, status
member = group["members"][2]["id"]
status, joined = call("join", {"member": member, "label": "Phone"})
assert status == 202, (status, joined)
token = joined["token"]
assert call("me", token=token)[1]["approved"] is True
status, _ = call("score", {"edit": "a1", "member": member, "node": "1.1", "phase": "plan", "value": 17}, token)
assert status == 200, status
status, _ = call("item", {"edit": "a2", "member": member, "node": "1.1", "kind": "afi", "text": "Live note 42"}, token)
assert status == 200, status
status, _ = call("score", {"edit": "a3", "member": group["members"][3]["id"], "node": "1.1", "phase": "plan",
                           "value": 1}, token)
assert status == 403, status

server.send_signal(signal.SIGTERM)
rest, err = server.communicate(timeout=20)
assert server.returncode == 0, (server.returncode, err)
assert "stopped" in rest, rest
with socket.socket() as s:
    assert s.connect_ex(("127.0.0.1", port)) != 0, "still listening after the session stopped"

xml = os.path.join(work, "live-demo.xml")
subprocess.run([cli, "export", project, "-o", xml], check=True, stdout=subprocess.DEVNULL)
text = open(xml, encoding="utf-8").read()
assert "Live note 42" in text, "the note is not in the file"
assert re.search(r'<score phase="plan" value="17"', text), "the score is not in the file"
print("live session through assessa-cli: join, edits, 403, SIGTERM, work in the file: ok")
