#!/usr/bin/env python3
"""Writes the committed bad inputs of this folder (expected.tsv, kept by hand, says what each
must give). Huge and deeply nested inputs are not committed: tests/robustness/test_bad_inputs.cpp
writes them at run time (the "generated/" rows of expected.tsv).

Packets are for the demo project (assessa-cli demo) whose project id the test sets to
00112233445566778899aabbccddeeff; member 1 of the demo is "Rūta Petrauskienė".
"""
import hashlib
import pathlib
import random
import sqlite3

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent
MINI = (DATA / "frameworks/good/mini.xml").read_text(encoding="utf-8")
EXCHANGE = (DATA / "exchange/good/organisation-only.xml").read_text(encoding="utf-8")
rand = random.Random(20261123)


def write(name, content):
    (HERE / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def nested(depth, open_tag="<node code=\"X\" kind=\"k\">", close_tag="</node>"):
    return open_tag * depth + close_tag * depth


# Frameworks: XML syntax, encodings, structure, references.
write("fw-truncated.xml", MINI[: len(MINI) * 2 // 3])
write("fw-random-bytes.xml", bytes(rand.randrange(256) for _ in range(4096)))
write("fw-utf16.xml", MINI.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
write("fw-invalid-utf8.xml", MINI.encode("utf-8").replace(b"Set direction", b"Set \xff\xfe direction"))
write("fw-mismatched-tags.xml", MINI.replace("<title xml:lang=\"en\">Leading</title>",
                                             "<title xml:lang=\"en\">Leading</titel>"))
write("fw-duplicate-attribute.xml", MINI.replace('<node code="2.1"', '<node code="2.1" code="2.2"'))
write("fw-two-roots.xml", MINI + MINI[MINI.index("<framework"):])
write("fw-text-after-root.xml", MINI + "trailing words\n")
write("fw-nesting-65.xml", MINI.replace("<nodes>", "<nodes>" + nested(65)))
write("fw-node-without-code.xml", MINI.replace('<node code="2" kind="criterion">', '<node kind="criterion">'))
write("fw-scale-not-number.xml", MINI.replace('<panel id="simple" min="0"', '<panel id="simple" min="zero"'))
write("fw-method-unknown-group.xml", MINI.replace('<use group="results"', '<use group="outcomes"'))
write("fw-group-unknown-node.xml", MINI.replace('nodes="2"', 'nodes="2 7"'))
write("fw-no-scoring.xml", MINI[: MINI.index("  <scoring")] + MINI[MINI.index("  <nodes>"):])
write("fw-exchange-file.xml", EXCHANGE)
write("fw-doctype-entities.xml", MINI.replace(
    '<framework ', '<!DOCTYPE framework [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<framework ')
    .replace("Citizen outcomes", "&b;").replace('<node code="1.1"', '<node code="&b;"'))

# Mappings (from bundled CAF 2020 to bundled ISO 9001:2015).
MAP = """<?xml version="1.0" encoding="UTF-8"?>
<mapping xmlns="urn:assessa:mapping:1" id="caf-to-iso-test" version="1" source="caf-2020" target="iso-9001-2015" status="authored">
  <title xml:lang="en">Test mapping</title>
  <link from="1.1" to="5.1" strength="strong"/>
  <link from="1.2" to="5.2" strength="partial"/>
</mapping>
"""
write("map-syntax-error.xml", MAP.replace('strength="partial"/>', 'strength="partial">'))
write("map-unknown-source.xml", MAP.replace('source="caf-2020"', 'source="efqm-2020"'))
write("map-unknown-nodes.xml", MAP.replace('from="1.2"', 'from="12.7"').replace('to="5.1"', 'to="5.9"'))
write("map-missing-to.xml", MAP.replace(' to="5.2"', ''))
write("map-wrong-namespace.xml", MAP.replace("urn:assessa:mapping:1", "urn:assessa:mapping:2"))
write("map-truncated.xml", MAP[:150])

# Exchange files, imported into the demo project.
EX = """<?xml version="1.0" encoding="UTF-8"?>
<assessa-exchange xmlns="urn:assessa:exchange:1" version="1">
  <organisation name="Vėjupio rajono savivaldybės administracija" language="en"/>
  <members>
    <member key="m1" name="Nauja Narė"/>
  </members>
  <cycle label="2026" framework="caf-2020" method="fine-tuned">
    <rating member="m1" node="1.1">
      <score phase="plan" value="40"/>
      <item kind="strength">Aiškūs tikslai</item>
    </rating>
  </cycle>
</assessa-exchange>
"""
write("ex-truncated.xml", EX[: len(EX) // 2])
write("ex-random-bytes.xml", bytes(rand.randrange(256) for _ in range(4096)))
write("ex-whitespace-only.xml", "\n   \n\t\n")
write("ex-framework-file.xml", MINI)
write("ex-invalid-utf8.xml", EX.encode("utf-8").replace("Aiškūs".encode("utf-8"), b"Ai\xc5 k\xc3\xbfs"))
write("ex-nesting-65.xml", EX.replace('<item kind="strength">Aiškūs tikslai</item>',
                                      nested(65, "<item kind=\"strength\">", "</item>")))
write("ex-unknown-member.xml", EX.replace('<rating member="m1"', '<rating member="m9"'))
write("ex-score-outside-scale.xml", EX.replace('value="40"', 'value="250"'))
write("ex-unknown-framework.xml", EX.replace('framework="caf-2020"', 'framework="efqm-2020"'))
write("ex-utf16.xml", EX.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
write("ex-duplicate-attribute.xml", EX.replace('<score phase="plan"', '<score phase="plan" phase="do"'))
write("ex-packet-file.xml", (DATA / "packets/good/ona.assessa-packet").read_bytes())

# Packets for the demo project.
PROJECT = "00112233445566778899aabbccddeeff"
PK = """<?xml version="1.0" encoding="UTF-8"?>
<assessa-packet xmlns="urn:assessa:packet:1" version="1" revision="1" written-at="2026-10-05T08:00:00Z" state="open">
  <project id="{project}" organisation="Vėjupis District Municipality Administration" language="en" />
  <cycle label="2026" framework="caf-2020" framework-version="2020" method="classical" />
  <member id="{member}" name="{name}" role="member" />
  <rating node="1.1">
    <score phase="plan" value="40" />
  </rating>
{extra}  <framework-snapshot>{snapshot}</framework-snapshot>
</assessa-packet>
"""


def sealed(text):
    return text + '<?assessa-checksum sha256="' + hashlib.sha256(text.encode("utf-8")).hexdigest() + '"?>\n'


def packet(project=PROJECT, member="1", name="Rūta Petrauskienė", extra="", snapshot="x"):
    return PK.format(project=project, member=member, name=name, extra=extra, snapshot=snapshot)


write("pk-random-bytes.assessa-packet", bytes(rand.randrange(256) for _ in range(4096)))
write("pk-exchange-file.assessa-packet", EX)
write("pk-no-checksum.assessa-packet", packet())
write("pk-checksum-not-hex.assessa-packet", packet() + '<?assessa-checksum sha256="' + "zz" * 32 + '"?>\n')
write("pk-checksum-short.assessa-packet", packet() + '<?assessa-checksum sha256="abc123"?>\n')
write("pk-another-project.assessa-packet", sealed(packet(project="ffeeddccbbaa99887766554433221100")))
write("pk-nesting-65.assessa-packet", sealed(packet(extra="  " + nested(65, "<rating node=\"1.2\">", "</rating>") + "\n")))
write("pk-invalid-utf8.assessa-packet",
      (lambda b: b + b'<?assessa-checksum sha256="' + hashlib.sha256(b).hexdigest().encode() + b'"?>\n')(
          packet().encode("utf-8").replace("Rūta".encode("utf-8"), b"R\xfbta")))
write("pk-syntax-error.assessa-packet", sealed(packet().replace('value="40" />', 'value="40">')))

# Benchlearning files (docs/benchlearning.md), shown with `bench show`.
BN = """<?xml version="1.0" encoding="UTF-8"?>
<assessa-bench xmlns="urn:assessa:bench:1" version="1" id="0123456789abcdef0123456789abcdef" written-at="2026-11-23T09:41:00Z">
  <institution type="municipal-administration" size="51-250" />
  <cycle framework="caf-2020" framework-version="2020" method="fine-tuned" label="2026" year="2026" members="10" consensus-complete="true" />
  <score level="node" code="1.1" value="62.5" />
  <score level="node" code="1" value="58.75" />
  <score level="group" code="enablers" value="55.1" />
  <score level="overall" value="53.42" />
</assessa-bench>
"""
BS = """<?xml version="1.0" encoding="UTF-8"?>
<assessa-benchset xmlns="urn:assessa:bench:1" version="1" framework="caf-2020" framework-version="2020" method="fine-tuned" merged-at="2026-12-01T08:00:00Z">
  <submission id="0123456789abcdef0123456789abcdef" written-at="2026-11-23T09:41:00Z">
    <institution type="municipal-administration" size="51-250" />
    <cycle framework="caf-2020" framework-version="2020" method="fine-tuned" label="2026" year="2026" members="10" consensus-complete="true" />
    <score level="overall" value="53.42" />
  </submission>
  <submission id="fedcba9876543210fedcba9876543210" written-at="2026-11-24T10:00:00Z">
    <institution type="health" size="1001+" />
    <cycle framework="caf-2020" framework-version="2020" method="fine-tuned" label="2026" year="2026" members="7" consensus-complete="false" />
    <score level="overall" value="61" />
  </submission>
</assessa-benchset>
"""
write("bn-empty.assessa-bench", b"")
bench_rand = random.Random(20261202)  # its own sequence: the files below keep theirs
write("bn-random-bytes.assessa-bench", bytes(bench_rand.randrange(256) for _ in range(4096)))
write("bn-packet-file.assessa-bench", (DATA / "packets/good/ona.assessa-packet").read_bytes())
write("bn-truncated.assessa-bench", sealed(BN)[: len(sealed(BN)) // 2])
write("bn-tampered.assessa-bench", sealed(BN).replace('value="62.5"', 'value="92.5"'))
write("bn-score-over-100.assessa-bench", sealed(BN.replace('value="62.5"', 'value="162.5"')))
write("bn-unknown-type.assessa-bench", sealed(BN.replace("municipal-administration", "town-hall")))
write("bn-duplicate-score.assessa-bench", sealed(BN.replace('code="1" ', 'code="1.1" ')))
write("bn-organisation-name.assessa-bench",
      sealed(BN.replace("<institution ", '<institution name="Vėjupis District Municipality Administration" ')))
write("bn-year-1999.assessa-bench", sealed(BN.replace('year="2026"', 'year="1999"')))
write("bs-mixed-version.assessa-benchset", sealed(BS.replace('framework-version="2020" method="fine-tuned" label="2026" year="2026" members="7"',
                                                          'framework-version="2013" method="fine-tuned" label="2026" year="2026" members="7"')))
write("bs-duplicate-id.assessa-benchset", sealed(BS.replace("fedcba9876543210fedcba9876543210", "0123456789abcdef0123456789abcdef")))
write("bs-truncated.assessa-benchset", sealed(BS)[:400])

# Project files.
write("pr-zero-length.assessa", b"")
write("pr-random-bytes.assessa", bytes(rand.randrange(256) for _ in range(8192)))
write("pr-text.assessa", "This is a note, not a project.\n")
write("pr-exchange-file.assessa", EX)
header = bytearray(b"SQLite format 3\0" + bytes(84))
write("pr-header-only.assessa", bytes(header))
write("pr-header-and-garbage.assessa", bytes(header) + bytes(rand.randrange(256) for _ in range(8092)))
foreign = HERE / "pr-foreign-sqlite.assessa"
foreign.unlink(missing_ok=True)
with sqlite3.connect(foreign) as db:
    db.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    db.execute("INSERT INTO contacts VALUES ('Ona', '+370 600 00000')")
db.close()

# Survey CSV files, read as UTF-8 and mapped as their header suggests onto the questionnaire of
# tests/support/survey_questionnaires.hpp (items q1-q3, scale 1-5 with "don't know").
SV_HEADER = "Timestamp,Opening hours suit me,The office is easy to reach,Staff were polite,Comment\r\n"
SV_ROWS = ["2026-11-02 09:15,5,4,3,Fine\r\n", "2026-11-02 10:40,4,2,Don't know,\r\n",
           "2026-11-03 14:05,3,don't know,4,\"Long queue, but polite\"\r\n", "2026-11-04 08:30,4,3,5,\r\n"]
survey_rand = random.Random(20261203)  # its own sequence: the files above keep theirs


def survey(*rows):
    return SV_HEADER + "".join(rows)


write("sv-too-many-fields.csv", survey(SV_ROWS[0], SV_ROWS[1], "2026-11-03 14:05,3,4,4,Long queue, but polite\r\n"))
write("sv-unknown-answer.csv", survey(SV_ROWS[0], "2026-11-02 10:40,4,Excellent,3,\r\n", SV_ROWS[2], SV_ROWS[3]))
write("sv-out-of-range.csv", survey(SV_ROWS[0], SV_ROWS[1], "2026-11-03 14:05,3,4,6,\r\n", "2026-11-04 08:30,0,3,5,\r\n"))
write("sv-windows-1257-as-utf8.csv", ("Laikas,Darbo laikas man tinka,Įstaigą lengva pasiekti,Darbuotojai buvo mandagūs\r\n"
                                      "2026-11-02,5,4,3\r\n2026-11-03,Nežinau,4,3\r\n").encode("cp1257"))
write("sv-unterminated-quote.csv", survey(SV_ROWS[0], "2026-11-02 10:40,4,2,5,\"The queue\r\n", SV_ROWS[3]))
write("sv-empty.csv", b"")
write("sv-header-only.csv", SV_HEADER)
write("sv-no-answer-columns.csv", "Timestamp,Name,E-mail\r\n2026-11-02,Ona,ona@example.lt\r\n")
write("sv-blank-answers.csv", survey(SV_ROWS[0], "2026-11-02 10:40,,,,Nothing to say\r\n", SV_ROWS[3]))
write("sv-utf16.csv", survey(*SV_ROWS).encode("utf-16"))
write("sv-random-bytes.csv", bytes(survey_rand.randrange(256) for _ in range(4096)))
write("sv-text-after-quote.csv", survey(SV_ROWS[0], "2026-11-02 10:40,4,2,3,\"Fine\" thanks\r\n"))

# Questionnaires (checked with `assessa-cli survey validate FILE`).
QN = """<?xml version="1.0" encoding="UTF-8"?>
<questionnaire xmlns="urn:assessa:questionnaire:1" id="test-survey" version="1" framework="caf-2020" evidence-for="6.1">
  <title xml:lang="en">Test survey</title>
  <title xml:lang="lt">Bandomoji apklausa</title>
  <scale min="1" max="5">
    <label value="1" xml:lang="en">Very poor</label>
    <label value="5" xml:lang="en">Very good</label>
    <dont-know xml:lang="en">Don't know</dont-know>
  </scale>
  <dimension id="access"><title xml:lang="en">Access</title></dimension>
  <dimension id="staff"><title xml:lang="en">Staff</title></dimension>
  <item id="hours" dimension="access" weight="2"><text xml:lang="en">Opening hours suit me.</text></item>
  <item id="polite" dimension="staff"><text xml:lang="en">Staff are polite.</text><text xml:lang="lt">Darbuotojai mandagūs.</text></item>
</questionnaire>
"""
write("qn-syntax-error.xml", QN.replace("<title xml:lang=\"en\">Access</title>", "<title xml:lang=\"en\">Access</titel>"))
write("qn-wrong-namespace.xml", QN.replace("urn:assessa:questionnaire:1", "urn:assessa:questionnaire:2"))
write("qn-framework-file.xml", MINI)
write("qn-unknown-element.xml", QN.replace('<item id="hours"', '<question id="q0"/>\n  <item id="hours"'))
write("qn-missing-english-title.xml", QN.replace('<title xml:lang="en">Test survey</title>\n', ""))
write("qn-duplicate-item.xml", QN.replace('<item id="polite"', '<item id="hours"'))
write("qn-unknown-dimension.xml", QN.replace('<item id="polite" dimension="staff"', '<item id="polite" dimension="courtesy"'))
write("qn-bad-scale.xml", QN.replace('<scale min="1" max="5">', '<scale min="5" max="1">'))
write("qn-wide-scale.xml", QN.replace('<scale min="1" max="5">', '<scale min="0" max="1000">'))
write("qn-label-outside-scale.xml", QN.replace('<label value="5"', '<label value="7"'))
write("qn-bad-weight.xml", QN.replace('weight="2"', 'weight="-1"').replace('<item id="polite"', '<item id="polite" weight="heavy"'))
write("qn-asked-without-scale.xml", QN.replace('evidence-for="6.1">', 'evidence-for="6.1" importance="asked">'))
write("qn-no-items.xml", QN[: QN.index("  <item id=\"hours\"")] + "</questionnaire>\n")
write("qn-bad-ids.xml", QN.replace('id="test-survey" version="1"', 'id="Test Survey" version="v1"')
      .replace('evidence-for="6.1"', 'evidence-for="6..1"'))
