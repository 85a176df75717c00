#!/usr/bin/env python3
"""Writes the bad packets in bad/ and the good one they are made from in good/ (the .expected
files beside the bad ones are kept by hand).

Every packet is for the test project of tests/packets/test_packet_bad.cpp: project id
00112233445566778899aabbccddeeff, framework "mini" (method "basic"), cycle "2026", members
1 "Ona Petraitienė" and 2 "Jonas Jonaitis". Each file has one kind of damage; all but the
checksum cases carry a correct checksum, so that the check behind it is the one that fails.
"""
import hashlib
import pathlib
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
SNAPSHOT = escape((HERE.parent / "frameworks/good/mini.xml").read_text(encoding="utf-8"))
PROJECT = "00112233445566778899aabbccddeeff"

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<assessa-packet xmlns="urn:assessa:packet:1" version="{version}" revision="{revision}" written-at="2026-10-05T08:00:00Z" state="open">
  <project id="{project}" organisation="Vėjupio rajono savivaldybės administracija" language="lt" />
  <cycle label="{cycle}" framework="mini" framework-version="1" method="{method}" />
  <member id="{member}" name="{name}" role="member" />
"""
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


def body(ratings=GOOD_RATINGS, version="1", revision="2", project=PROJECT, cycle="2026", method="basic", member="1",
         name="Ona Petraitienė"):
    return HEADER.format(version=version, revision=revision, project=project, cycle=cycle, method=method,
                         member=member, name=name) + ratings + FOOTER


def sealed(text):
    return text + '<?assessa-checksum sha256="' + hashlib.sha256(text.encode("utf-8")).hexdigest() + '"?>\n'


def write(name, text):
    (HERE / "bad" / (name + ".assessa-packet")).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)


good = sealed(body())
(HERE / "good").mkdir(exist_ok=True)
(HERE / "good" / "ona.assessa-packet").write_bytes(good.encode("utf-8"))
write("another-project", sealed(body(project="ffeeddccbbaa99887766554433221100")))
write("tampered", good.replace('value="55"', 'value="95"'))
write("truncated", good[: len(good) // 2])
write("unknown-member", sealed(body(member="7", name="Petras Petraitis")))
write("renamed-member", sealed(body(name="Ona Petraitytė")))
write("unknown-cycle", sealed(body(cycle="2030")))
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
write("newer-format", sealed(body(version="2")))
write("data-after-checksum", good + "<extra/>\n")
write("not-a-packet", "Sveiki,\nsiunčiu savo vertinimą.\n")
write("empty", b"")
