#!/usr/bin/env python3
"""Writes the bad packets in bad/ and the good one they are made from in good/ (the .expected
files beside the bad ones are kept by hand).

Every packet is for the test project of tests/packets/test_packet_bad.cpp: project id
00112233445566778899aabbccddeeff, framework "mini" (method "basic"), cycle "2026", members
1 "Ona Petraitienė" and 2 "Jonas Jonaitis", each sent packet 1 with the secrets below. Each file
has one kind of damage; all but the checksum cases carry a correct checksum, and all but the MAC
cases a correct MAC, so that the check behind them is the one that fails. The MAC is computed
here independently of the program, as docs/packet-format.md describes it.
"""
import hashlib
import hmac
import pathlib
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
SNAPSHOT = escape((HERE.parent / "frameworks/good/mini.xml").read_text(encoding="utf-8"))
PROJECT = "00112233445566778899aabbccddeeff"
SECRETS = {"1": "0123456789abcdef" * 4, "2": "fedcba9876543210" * 4}

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<assessa-packet xmlns="urn:assessa:packet:1" version="{version}" revision="{revision}" written-at="2026-10-05T08:00:00Z" state="open">
  <project id="{project}" organisation="Vėjupio rajono savivaldybės administracija" language="lt" />
  <cycle label="{cycle}" framework="mini" framework-version="1" method="{method}" />
  <member id="{member}" name="{name}" role="member" />
{sending}"""
GOOD_RATINGS = """  <rating node="1.1">
    <score phase="overall" value="55" />
    <item kind="strength">Misija aptarta su darbuotojais.</item>
  </rating>
  <rating node="2.1">
    <score phase="trends" value="40" />
    <score phase="targets" value="35" />
  </rating>
"""
FOOTER = "  <framework-snapshot>" + SNAPSHOT + "</framework-snapshot>\n</assessa-packet>\n"


def body(ratings=GOOD_RATINGS, version="2", revision="2", project=PROJECT, cycle="2026", method="basic", member="1",
         name="Ona Petraitienė", sending="1", secret=None):
    secret = secret or SECRETS.get(member, SECRETS["1"])
    sending_el = ('  <sending number="' + sending + '" sent-at="2026-10-01T08:00:00Z" secret="' + secret + '" />\n'
                  if version != "1" else "")
    return HEADER.format(version=version, revision=revision, project=project, cycle=cycle, method=method,
                         member=member, name=name, sending=sending_el) + ratings + FOOTER


def field(text):
    data = text.encode("utf-8")
    return str(len(data)).encode("ascii") + b":" + data


def mac(text, secret, project=PROJECT, cycle="2026", member="1", sending="1"):
    message = b"assessa-packet-mac-1;" + field(project) + field(cycle) + field(member) + field(sending)
    digest = hmac.new(bytes.fromhex(secret), message + text.encode("utf-8"), hashlib.sha256).hexdigest()
    return text + '<?assessa-mac hmac-sha256="' + digest + '"?>\n'


def checksummed(text):
    return text + '<?assessa-checksum sha256="' + hashlib.sha256(text.encode("utf-8")).hexdigest() + '"?>\n'


def sealed(text, secret=SECRETS["1"], **binding):
    """The packet as the program writes it: MAC line (under the member's secret) and checksum line."""
    return checksummed(mac(text, secret, **binding))


def write(name, text):
    (HERE / "bad" / (name + ".assessa-packet")).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)


good = sealed(body())
(HERE / "good").mkdir(exist_ok=True)
(HERE / "good" / "ona.assessa-packet").write_bytes(good.encode("utf-8"))
write("another-project", sealed(body(project="ffeeddccbbaa99887766554433221100"),
                                 project="ffeeddccbbaa99887766554433221100"))
write("tampered", good.replace('value="55"', 'value="95"'))
write("truncated", good[: len(good) // 2])
write("unknown-member", sealed(body(member="7", name="Petras Petraitis"), member="7"))
write("renamed-member", sealed(body(name="Ona Petraitytė")))
write("unknown-cycle", sealed(body(cycle="2030"), cycle="2030"))
write("wrong-method", sealed(body(method="fine-tuned")))
write("scores-outside-scale", sealed(body(ratings="""  <rating node="1.1">
    <score phase="overall" value="101" />
  </rating>
  <rating node="2.1">
    <score phase="trends" value="-5" />
    <score phase="targets" value="fifty" />
  </rating>
""")))
write("unknown-nodes-and-phases", sealed(body(ratings="""  <rating node="9.9">
    <score phase="overall" value="50" />
  </rating>
  <rating node="1">
    <score phase="overall" value="50" />
  </rating>
  <rating node="1.1">
    <score phase="plan" value="50" />
  </rating>
""")))
write("malformed-xml", sealed(body(ratings="""  <rating node="1.1">
    <score phase="overall" value="55">
  </rating>
""")))
write("bad-structure", sealed(body(revision="0", ratings="""  <rating node="1.1" no-opinion="true">
    <score phase="overall" value="55" />
    <item kind="praise">Gerai.</item>
    <item kind="afi">   </item>
    <note>?</note>
  </rating>
  <rating node="1.1" />
  <rating />
""")))
write("newer-format", sealed(body(version="3")))
write("data-after-checksum", good + "<extra/>\n")
write("not-a-packet", "Sveiki,\nsiunčiu savo vertinimą.\n")
write("empty", b"")

# Who can write as whom (issue: no member can write another member's assessment).
# Jonas relabels his own packet as Ona's, raises the revision, signs it with his own secret and
# recomputes the checksum: a valid checksum, but no valid MAC for Ona.
write("relabelled-member", sealed(body(revision="9", secret=SECRETS["2"], ratings="""  <rating node="1.1">
    <score phase="overall" value="5" />
  </rating>
"""), secret=SECRETS["2"]))
# The same without knowing any secret: Ona's packet with a raised score, checksum recomputed.
write("changed-after-sending", checksummed(mac(body(), SECRETS["1"]).replace('value="55"', 'value="95"')))
# A packet from before secrets (format version 1): no <sending>, no MAC line.
write("unauthenticated", checksummed(body(version="1")))
# Version 2 with its MAC line left out, and version 1 with a <sending>.
write("missing-mac", checksummed(body()))
write("sending-in-version-1", checksummed(body(version="1").replace(
    '  <rating node="1.1">', '  <sending number="1" secret="' + SECRETS["1"] + '" />\n  <rating node="1.1">', 1)))
# A damaged MAC line: the checksum tells damage, not forgery.
at = good.index('hmac-sha256="') + len('hmac-sha256="')
write("damaged-mac-line", good[:at] + ("0" if good[at] != "0" else "1") + good[at + 1:])
